namespace PolicyKit.Import.Reading.Docx;

/// <summary>
/// Word's list counters. Lists whose <c>w:num</c> share an abstract definition continue one another's numbers, as
/// Word shows them; a <c>w:num</c> with a <c>w:startOverride</c> restarts its levels the first time it is used
/// ("Restart numbering" in Word writes exactly that).
/// </summary>
internal sealed class ListCounters
{
    private const int Levels = 9;
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);

    /// <summary>Counts a paragraph at <paramref name="level"/> of <paramref name="list"/> and returns its marker, or null when the level shows nothing.</summary>
    public ListMarker? Next(ListDefinition list, int level)
    {
        level = Math.Clamp(level, 0, Levels - 1);
        if (!_counters.TryGetValue(list.AbstractKey, out var counters))
        {
            counters = new int?[Levels];
            _counters[list.AbstractKey] = counters;
        }

        var overrides = _started.Add(list.NumId) ? list.StartOverrides : null;
        if (overrides is not null)
        {
            foreach (var restarted in overrides.Keys)
            {
                counters[restarted] = null;
            }
        }

        for (var lower = level + 1; lower < Levels; lower++)
        {
            // w:lvlRestart names (1-based) the deepest level whose use restarts this one; 0 means never.
            var restart = list.Levels[lower].Restart ?? lower;
            if (level < restart)
            {
                counters[lower] = null;
            }
        }

        counters[level] = counters[level] is { } count ? count + 1
            : overrides is not null && overrides.TryGetValue(level, out var start) ? start
            : list.Levels[level].Start;
        return Marker(list, level, counters);
    }

    private static ListMarker? Marker(ListDefinition list, int level, int?[] counters)
    {
        var definition = list.Levels[level];
        if (definition.Format == "bullet")
        {
            return new ListMarker(ListOrigin.Bullet, level, NumberLabels.Bullet(definition.Text), NumberStyle.Bullet, list.NumId);
        }

        var label = NumberLabels.Render(definition, list.Levels, counters).Trim();
        if (label.Length == 0)
        {
            return null;
        }

        var style = definition.Format switch
        {
            "lowerLetter" => NumberStyle.LowerLetter,
            "upperLetter" => NumberStyle.UpperLetter,
            "lowerRoman" => NumberStyle.LowerRoman,
            "upperRoman" => NumberStyle.UpperRoman,
            _ => definition.Text.Count(c => c == '%') > 1 ? NumberStyle.MultiLevelDecimal : NumberStyle.Decimal,
        };
        return new ListMarker(ListOrigin.WordNumbering, level, label, style, list.NumId);
    }
}
