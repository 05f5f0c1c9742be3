using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// Clause and section ids: a PolicyKit document's own (its bookmarks), else made from the words, so the same
/// wording gives the same id on every import; unique within the policy.
/// </summary>
internal sealed partial class ClauseIds
{
    private const int MaxLength = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "is", "are", "be", "will", "must", "should",
        "we", "our", "us", "all", "with", "by", "at", "as", "this", "that", "it", "its", "from", "into", "any",
        "not", "no", "may", "can", "has", "have", "been", "was", "were", "which", "who", "their", "they", "them",
        "these", "those", "if", "so", "such", "than", "then", "there", "also", "each", "every", "do", "does", "i",
        "you", "your", "he", "she", "his", "her", "s",
    };

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved;

    /// <param name="bookmarked">The ids the document's bookmarks give: kept for their clauses, never made for another.</param>
    public ClauseIds(IEnumerable<string> bookmarked) => _reserved = new HashSet<string>(bookmarked, StringComparer.Ordinal);

    /// <summary>"c_screen_lock" (PolicyKit's bookmark for a clause) → "screen-lock"; null for any other bookmark.</summary>
    public static string? FromBookmark(string bookmark)
    {
        if (!bookmark.StartsWith("c_", StringComparison.OrdinalIgnoreCase) || bookmark.Length < 3)
        {
            return null;
        }

        var id = bookmark[2..].Replace('_', '-').ToLowerInvariant();
        return ValidId().IsMatch(id) ? id : null;
    }

    /// <summary>The id for a clause or heading: its bookmark's if it has one, else made from <paramref name="text"/>.</summary>
    public string For(IReadOnlyList<string> bookmarks, string text)
    {
        foreach (var bookmark in bookmarks)
        {
            if (FromBookmark(bookmark) is { } id && _used.Add(id))
            {
                return id;
            }
        }

        var stem = FromWords(text);
        var candidate = stem;
        for (var n = 2; _used.Contains(candidate) || _reserved.Contains(candidate); n++)
        {
            candidate = $"{stem}-{n}";
        }

        _used.Add(candidate);
        return candidate;
    }

    /// <summary>The first few words that say what the text is about, lower case, joined by hyphens.</summary>
    internal static string FromWords(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant().Normalize(NormalizationForm.FormKD))
            .Select(m => m.Value)
            .Where(w => !StopWords.Contains(w))
            .ToList();
        var id = new StringBuilder();
        foreach (var word in words.Take(4))
        {
            if (id.Length > 0 && id.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            id.Append(id.Length > 0 ? "-" : string.Empty).Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        // An id starts with a letter, so words that start with a number ("12 March 2021", "24 hours") are kept after one.
        return id.Length == 0 ? "clause" : char.IsAsciiDigit(id[0]) ? "clause-" + id : id.ToString();
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Words();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex ValidId();
}
