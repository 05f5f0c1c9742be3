using System.Text;

namespace PolicyKit.Model.Inlines;

/// <summary>Plain text of inline content, for tests, document properties and text extraction.</summary>
public static class InlineText
{
    public static string Flatten(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: builder.Append(t.Text); break;
                case Code c: builder.Append(c.Text); break;
                case Strong s: Append(builder, s.Content); break;
                case Emphasis e: Append(builder, e.Content); break;
                case Link l: Append(builder, l.Content); break;
                case LineBreak: builder.Append(' '); break;
                default: throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}.");
            }
        }
    }
}
