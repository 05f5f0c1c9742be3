using System.Text.RegularExpressions;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.Cli.Publishing;

/// <summary>
/// Names each material clause by the heading of the section it sits under ("Signing in and locking"), so an
/// invitation can say which parts changed in words people recognise rather than clause ids. Read from the trust's
/// text, where the version's material clauses are checked to exist (PK0307).
/// </summary>
internal static partial class MaterialClauseHeadings
{
    public static IReadOnlyList<MaterialClause> In(string body, IEnumerable<string> ids)
    {
        var headings = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? heading = null;
        foreach (var line in body.Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } found)
            {
                heading = Template().Replace(found.Groups[1].Value, "").Trim();
                continue;
            }

            foreach (Match id in ClauseId().Matches(line))
            {
                headings.TryAdd(id.Groups[1].Value, heading);
            }
        }

        return ids.Select(id => new MaterialClause(id, headings.GetValueOrDefault(id) is { Length: > 0 } text ? Lower(text) : null)).ToList();
    }

    // Headings are in title case at the start only ("Signing in and locking"), so lowering the first letter reads
    // well mid-sentence; a heading that starts with an acronym ("UK GDPR") keeps it.
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*(\{#[^}]*\})?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\{#([a-z][a-z0-9-]*)\}")]
    private static partial Regex ClauseId();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Template();
}
