namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// Changes to some lines of one file, made in one pass so every other line keeps its exact bytes; each change is
/// reported at the line it ends up on.
/// </summary>
internal sealed class LineEdits(string displayPath, YamlLines file)
{
    private readonly Dictionary<int, string> _replaced = [];
    private readonly Dictionary<int, string> _replacedWhy = [];
    private readonly HashSet<int> _removed = [];
    private readonly List<(int Line, string Why)> _removedWhy = [];
    private readonly Dictionary<int, List<(string Text, string Why)>> _insertedAfter = [];

    public string Path => displayPath;

    public bool IsEmpty => _replaced.Count == 0 && _removed.Count == 0 && _insertedAfter.Count == 0;

    /// <summary>Replaces line <paramref name="line"/> (1-based) with <paramref name="text"/>.</summary>
    public void Replace(int line, string text, string why)
    {
        _replaced[line] = text;
        _replacedWhy[line] = why;
    }

    /// <summary>Removes lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive).</summary>
    public void Remove(int first, int last, string why)
    {
        for (var line = first; line <= last; line++)
        {
            _removed.Add(line);
        }

        _removedWhy.Add((first, why));
    }

    /// <summary>Adds <paramref name="text"/> after line <paramref name="line"/> (0 for the top of the file), after anything already added there.</summary>
    public void InsertAfter(int line, string text, string why)
    {
        if (!_insertedAfter.TryGetValue(line, out var list))
        {
            _insertedAfter[line] = list = [];
        }

        list.Add((text, why));
    }

    /// <summary>The file's new text and where each change is in it.</summary>
    public (string Text, IReadOnlyList<SourceLineChange> Changes) Apply()
    {
        var output = new List<string>();
        var changes = new List<SourceLineChange>();
        Inserted(0);
        for (var line = 1; line <= file.Lines.Length; line++)
        {
            if (_removed.Contains(line))
            {
                foreach (var (_, why) in _removedWhy.Where(r => r.Line == line))
                {
                    // A removed line is reported where the next line now is.
                    changes.Add(new SourceLineChange(displayPath, output.Count + 1, why));
                }
            }
            else if (_replaced.TryGetValue(line, out var text))
            {
                output.Add(text);
                changes.Add(new SourceLineChange(displayPath, output.Count, _replacedWhy[line]));
            }
            else
            {
                output.Add(file.Lines[line - 1]);
            }

            Inserted(line);
        }

        return (string.Join(file.NewLine, output), changes);

        void Inserted(int after)
        {
            foreach (var (text, why) in _insertedAfter.GetValueOrDefault(after) ?? [])
            {
                // Lines added after the file's closing line break go before it, so the file still ends with one.
                if (after == file.Lines.Length && file.Lines[^1].Length == 0 && output.Count > 0)
                {
                    output.Insert(output.Count - 1, text);
                    changes.Add(new SourceLineChange(displayPath, output.Count - 1, why));
                }
                else
                {
                    output.Add(text);
                    changes.Add(new SourceLineChange(displayPath, output.Count, why));
                }
            }
        }
    }
}
