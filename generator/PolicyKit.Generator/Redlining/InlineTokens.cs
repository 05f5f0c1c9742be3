using System.Text;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Generator.Redlining;

/// <summary>Splits inlines into words for the word diff, and builds inlines back from a run of words.</summary>
internal static class InlineTokens
{
    public static List<InlineToken> Of(IEnumerable<Inline> inlines)
    {
        var tokens = new List<InlineToken>();
        Add(inlines, [], tokens);
        return tokens;
    }

    /// <summary>Inlines for a run of tokens: neighbours in the same bold, italic or link share one inline, and neighbouring words one text run.</summary>
    public static List<Inline> Build(IReadOnlyList<InlineToken> tokens) => Build(tokens, 0, tokens.Count, 0);

    private static void Add(IEnumerable<Inline> inlines, InlineFrame[] frames, List<InlineToken> tokens)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    foreach (var word in Words(run.Text))
                    {
                        tokens.Add(new InlineToken(frames, InlineTokenKind.Text, word));
                    }

                    break;
                case Code code:
                    tokens.Add(new InlineToken(frames, InlineTokenKind.Code, code.Text));
                    break;
                case LineBreak:
                    tokens.Add(new InlineToken(frames, InlineTokenKind.LineBreak, "\n"));
                    break;
                case Strong strong:
                    Add(strong.Content, [.. frames, InlineFrame.Of(strong)], tokens);
                    break;
                case Emphasis emphasis:
                    Add(emphasis.Content, [.. frames, InlineFrame.Of(emphasis)], tokens);
                    break;
                case Link link:
                    Add(link.Content, [.. frames, InlineFrame.Of(link)], tokens);
                    break;
                case TrackedChange:
                    throw new ArgumentException("A redline cannot be compared again.", nameof(inlines));
                default:
                    throw new ArgumentException($"Unknown inline {inline.GetType().Name}.", nameof(inlines));
            }
        }
    }

    // Words, runs of spaces and single punctuation marks: "at least 12 characters." is at/ /least/ /12/ /characters/.
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Class(text[i]) != Class(text[i - 1]) || Class(text[i]) == CharClass.Other)
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i;
            }
        }
    }

    private static CharClass Class(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '\u2019' ? CharClass.Word : char.IsWhiteSpace(c) ? CharClass.Space : CharClass.Other;

    private static List<Inline> Build(IReadOnlyList<InlineToken> tokens, int from, int to, int depth)
    {
        var inlines = new List<Inline>();
        var text = new StringBuilder();
        var i = from;
        while (i < to)
        {
            var token = tokens[i];
            if (token.Frames.Count > depth)
            {
                Flush(text, inlines);
                var frame = token.Frames[depth];
                var end = i + 1;
                while (end < to && tokens[end].Frames.Count > depth && tokens[end].Frames[depth] == frame)
                {
                    end++;
                }

                inlines.Add(frame.Wrap(Build(tokens, i, end, depth + 1)));
                i = end;
                continue;
            }

            switch (token.Kind)
            {
                case InlineTokenKind.Text:
                    text.Append(token.Text);
                    break;
                case InlineTokenKind.Code:
                    Flush(text, inlines);
                    inlines.Add(new Code(token.Text));
                    break;
                default:
                    Flush(text, inlines);
                    inlines.Add(new LineBreak());
                    break;
            }

            i++;
        }

        Flush(text, inlines);
        return inlines;
    }

    private static void Flush(StringBuilder text, List<Inline> inlines)
    {
        if (text.Length > 0)
        {
            inlines.Add(new TextRun(text.ToString()));
            text.Clear();
        }
    }

    private enum CharClass
    {
        Word,
        Space,
        Other,
    }
}
