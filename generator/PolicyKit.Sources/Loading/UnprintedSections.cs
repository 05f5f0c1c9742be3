using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

/// <summary>
/// Sections of trust.yaml and school.yaml that no document prints (<c>roster-groups:</c>, <c>review-reminders:</c>):
/// they are left out of the file's content hash, so changing one never counts as a change to every published policy.
/// </summary>
internal static class UnprintedSections
{
    /// <summary>
    /// The file's text without the lines of each section named (and the comment lines just above them). A file
    /// without those sections hashes exactly as before.
    /// </summary>
    public static string TextForHash(YamlMap file, string text, params string[] keys)
    {
        // Cut from the end of the text back, so the ranges found in the parsed text still point at the right place.
        var ranges = keys.Select(file.TextRangeOf).OfType<(int Start, int End)>().OrderByDescending(r => r.Start);
        foreach (var (keyStart, valueEnd) in ranges)
        {
            text = Without(text, keyStart, valueEnd);
        }

        return text;
    }

    private static string Without(string text, int keyStart, int valueEnd)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, keyStart - 1)) + 1;
        while (start > 0)
        {
            var previous = text.LastIndexOf('\n', start - 2) + 1;
            if (!text.AsSpan(previous, start - previous).TrimStart().StartsWith("#"))
            {
                break;
            }

            start = previous;
        }

        var lastLineEnd = text.IndexOf('\n', Math.Max(keyStart, valueEnd - 1));
        var end = lastLineEnd < 0 ? text.Length : lastLineEnd + 1;
        return string.Concat(text.AsSpan(0, start), text.AsSpan(end));
    }
}
