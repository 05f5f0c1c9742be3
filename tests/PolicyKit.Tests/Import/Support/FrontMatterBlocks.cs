namespace PolicyKit.Tests.Import.Support;

/// <summary>Top-level keys of a policy source's front matter (such as <c>layout:</c>), copied as text from one source to the end of another's front matter.</summary>
internal static class FrontMatterBlocks
{
    public static void CopyInto(string from, string to, params string[] keys)
    {
        var source = File.ReadAllLines(from);
        var blocks = keys.SelectMany(key => Block(source, key)).ToList();
        if (blocks.Count == 0)
        {
            return;
        }

        var lines = File.ReadAllLines(to).ToList();
        lines.InsertRange(lines.FindIndex(1, l => l == "---"), blocks);
        File.WriteAllLines(to, lines);
    }

    // From 'key:' to the next top-level key or the end of the front matter.
    private static List<string> Block(string[] lines, string key)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }

        var end = start + 1;
        while (end < lines.Length && lines[end] != "---" && (lines[end].StartsWith(' ') || lines[end].Length == 0))
        {
            end++;
        }

        return [.. lines[start..end]];
    }
}
