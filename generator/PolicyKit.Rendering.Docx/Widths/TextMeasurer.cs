using PolicyKit.Model.Inlines;

namespace PolicyKit.Rendering.Docx.Widths;

/// <summary>Measures text as Word sets it in the body font: words, the spaces between them, and line breaks.</summary>
internal sealed class TextMeasurer(TextMetrics metrics)
{
    private readonly bool _serif = metrics.Serif;
    private readonly int _halfPoints = metrics.HalfPoints;
    private int _word;
    private int _line;
    private int _longestWord;
    private int _longestLine;

    public TextMetrics Metrics => metrics;

    /// <summary>The extent of plain text, all bold or all regular.</summary>
    public CellExtent Measure(string text, bool bold)
    {
        Reset();
        Add(text, bold, monospace: false);
        return Finish();
    }

    /// <summary>The extent of inline content, bold where it is strong (or <paramref name="bold"/> throughout), code in the monospace face.</summary>
    public CellExtent Measure(IEnumerable<Inline> inlines, bool bold)
    {
        Reset();
        Add(inlines, bold);
        return Finish();
    }

    private void Add(IEnumerable<Inline> inlines, bool bold)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: Add(run.Text, bold, monospace: false); break;
                case Code code: Add(code.Text, bold, monospace: true); break;
                case LineBreak: Add("\n", bold, monospace: false); break;
                case Strong strong: Add(strong.Content, bold: true); break;
                case Emphasis emphasis: Add(emphasis.Content, bold); break;
                case Link link: Add(link.Content, bold); break;

                // A redline cell holds the removed words as well as the added ones.
                case TrackedChange change: Add(change.Content, bold); break;
                default: throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}.");
            }
        }
    }

    private void Add(string text, bool bold, bool monospace)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                EndWord();
                _longestLine = Math.Max(_longestLine, _line);
                _line = 0;
                continue;
            }

            var width = Twips(monospace ? FontMetrics.Monospace : FontMetrics.Width(c, _serif, bold));
            _line += width;
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                EndWord();
            }
            else
            {
                _word += width;
            }
        }
    }

    // Thousandths of an em at the body size, in twips: size (pt) × 20 twips/pt × width / 1000, with the size in half-points.
    private int Twips(int thousandths) => (thousandths * _halfPoints + 99) / 100;

    private void EndWord()
    {
        _longestWord = Math.Max(_longestWord, _word);
        _word = 0;
    }

    private CellExtent Finish()
    {
        EndWord();
        _longestLine = Math.Max(_longestLine, _line);
        return new CellExtent(_longestWord, _longestLine);
    }

    private void Reset() => _word = _line = _longestWord = _longestLine = 0;
}
