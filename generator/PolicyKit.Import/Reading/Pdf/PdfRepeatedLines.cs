namespace PolicyKit.Import.Reading.Pdf;

/// <summary>Header and footer lines: the same text (digits aside) at the top or foot of most pages.</summary>
internal static class PdfRepeatedLines
{
    private const int Edge = 3;

    /// <summary>Removes the repeated lines from <paramref name="pages"/> and returns each once, as first seen.</summary>
    public static List<string> TakeOut(List<List<PdfLine>> pages)
    {
        var found = new List<string>();
        if (pages.Count < 2)
        {
            return found;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var shape in EdgeLines(page).Select(l => l.Shape).Distinct())
            {
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        var repeated = counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var line in EdgeLines(page).Where(l => repeated.Contains(l.Shape)).ToList())
            {
                page.Remove(line);
                if (seen.Add(line.Shape))
                {
                    found.Add(line.Text);
                }
            }
        }

        return found;
    }

    private static IEnumerable<PdfLine> EdgeLines(List<PdfLine> page) =>
        page.Count <= Edge * 2 ? page : page.Take(Edge).Concat(page.TakeLast(Edge));
}
