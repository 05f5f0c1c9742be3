using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Importing;

/// <summary>
/// A policy id from a document's file name, as schools name their files: "Online Safety Policy 2024-25 v3 FINAL.docx"
/// is "online-safety". The word "policy", years, version marks and ordering numbers at either end say nothing about
/// which policy it is, so they are left out.
/// </summary>
internal static partial class PolicyIdFromFileName
{
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal) { "policy", "policies", "final", "draft", "copy", "version", "ver", "rev", "updated", "docx", "odt", "pdf" };

    /// <returns>The id, or null when nothing of the name is left to make one of.</returns>
    public static string? Of(string fileName)
    {
        var words = Words(Path.GetFileNameWithoutExtension(fileName));
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Noise.Contains(word) || Year().IsMatch(word) || VersionMark().IsMatch(word))
            {
                continue;
            }

            // "2024-25": the second half of an academic year follows a year.
            if (i > 0 && Year().IsMatch(words[i - 1]) && word.Length == 2 && word.All(char.IsAsciiDigit))
            {
                continue;
            }

            kept.Add(word);
        }

        // "07 Lone Working 2" — ordering and version numbers sit at the ends; a number inside ("key stage 2") belongs to the name.
        while (kept.Count > 0 && kept[0].All(char.IsAsciiDigit))
        {
            kept.RemoveAt(0);
        }

        while (kept.Count > 0 && kept[^1].All(char.IsAsciiDigit))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept.Count == 0 || !char.IsAsciiLetter(kept[0][0]) ? null : string.Join('-', kept);
    }

    /// <summary>Ids for a batch of file names, in order: a second file that would get the same id gets "-2", a third "-3".</summary>
    public static IReadOnlyList<string?> Distinct(IEnumerable<string> fileNames)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string?>();
        foreach (var name in fileNames)
        {
            var id = Of(name);
            if (id is not null)
            {
                var candidate = id;
                for (var n = 2; !used.Add(candidate); n++)
                {
                    candidate = $"{id}-{n}";
                }

                id = candidate;
            }

            result.Add(id);
        }

        return result;
    }

    private static List<string> Words(string name)
    {
        // "Behaviour & Exclusions" → "behaviour and exclusions"; accents are dropped so "Café" is "cafe".
        var plain = new StringBuilder();
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        // An apostrophe joins its word ("children's" is "childrens"), not splits it.
        var text = plain.ToString().Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        return NotAlphanumeric().Split(text).Where(w => w.Length > 0).ToList();
    }

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex Year();

    [GeneratedRegex("^v[0-9]+$")]
    private static partial Regex VersionMark();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
