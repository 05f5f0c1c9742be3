using System.Text;

namespace PolicyKit.Import.Reading;

/// <summary>Collects a paragraph's text, merging neighbouring stretches with the same formatting and link.</summary>
internal sealed class RunBuilder
{
    private readonly List<ImportedRun> _runs = [];
    private readonly StringBuilder _text = new();
    private RunStyle _style;
    private string? _link;

    public bool HasText { get; private set; }

    public void Append(string text, RunStyle style, string? link)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_text.Length > 0 && (style != _style || link != _link))
        {
            Flush();
        }

        _style = style;
        _link = link;
        _text.Append(text);
        HasText |= !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>The runs with the paragraph's leading and trailing white space (indenting tabs, a final break) removed.</summary>
    public List<ImportedRun> Build()
    {
        Flush();
        var runs = new List<ImportedRun>(_runs);
        while (runs.Count > 0 && runs[0].Text.TrimStart() is var start && start != runs[0].Text)
        {
            if (start.Length == 0)
            {
                runs.RemoveAt(0);
            }
            else
            {
                runs[0] = runs[0] with { Text = start };
                break;
            }
        }

        while (runs.Count > 0 && runs[^1].Text.TrimEnd() is var end && end != runs[^1].Text)
        {
            if (end.Length == 0)
            {
                runs.RemoveAt(runs.Count - 1);
            }
            else
            {
                runs[^1] = runs[^1] with { Text = end };
                break;
            }
        }

        return runs;
    }

    /// <summary>Takes the first <paramref name="length"/> characters off the runs (a typed number and the space after it).</summary>
    public static List<ImportedRun> Without(List<ImportedRun> runs, int length)
    {
        var rest = new List<ImportedRun>(runs.Count);
        foreach (var run in runs)
        {
            if (length >= run.Text.Length)
            {
                length -= run.Text.Length;
                continue;
            }

            rest.Add(length > 0 ? run with { Text = run.Text[length..] } : run);
            length = 0;
        }

        return rest;
    }

    private void Flush()
    {
        if (_text.Length > 0)
        {
            _runs.Add(new ImportedRun(_text.ToString(), _style, _link));
            _text.Clear();
        }
    }
}
