using System.Globalization;
using System.Text;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// The changed clauses as Markdown, by number and id, for governors and to start the new version's history entry:
/// a heading, one line per change, and a one-sentence draft of the entry's "changes".
/// </summary>
internal static class RedlineSummary
{
    public static string Write(Redline redline)
    {
        var info = redline.Document.Info;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {info.Title}: changes from version {redline.FromVersion} to {redline.ToVersion}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{info.Organisation.Name}. ");
        if (redline.Changes.Count == 0)
        {
            text.Append("The text of the policy did not change.\n");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"{Count(redline.Changes, RedlineChangeKind.Added)} added, {Count(redline.Changes, RedlineChangeKind.Removed)} removed, ")
            .Append(CultureInfo.InvariantCulture, $"{Count(redline.Changes, RedlineChangeKind.Moved)} moved, {Count(redline.Changes, RedlineChangeKind.Reworded)} reworded.\n\n");
        foreach (var change in redline.Changes)
        {
            text.Append("- ").Append(Line(change)).Append('\n');
        }

        text.Append("\nFor the version history (`changes:`):\n\n> ").Append(Draft(redline.Changes)).Append('\n');
        return text.ToString();
    }

    private static string Line(RedlineChange change)
    {
        var name = Name(change, change.Kind == RedlineChangeKind.Removed ? change.OldNumber : change.NewNumber);
        return change.Kind switch
        {
            RedlineChangeKind.Added => $"**Added** {name}: {change.Excerpt}",
            RedlineChangeKind.Removed => $"**Removed** {name}: {change.Excerpt}",
            RedlineChangeKind.Moved => $"**Moved** {Name(change, null)} from {change.OldNumber ?? "its old place"} to {change.NewNumber ?? "a new place"}{(change.Reworded ? ", and reworded" : string.Empty)}: {change.Excerpt}",
            _ => $"**Reworded** {name}: {change.Excerpt}",
        };
    }

    // "clause 4.c (`passphrases`)", "section 2", "paragraph".
    private static string Name(RedlineChange change, string? number)
    {
        var name = number is null ? change.What : $"{change.What} {number}";
        return change.ClauseId is null ? name : $"{name} (`{change.ClauseId}`)";
    }

    private static string Draft(IReadOnlyList<RedlineChange> changes)
    {
        var parts = new List<string>();
        foreach (var kind in Enum.GetValues<RedlineChangeKind>())
        {
            var names = changes.Where(c => c.Kind == kind)
                .Select(c => kind switch
                {
                    RedlineChangeKind.Removed => c.OldNumber ?? c.ClauseId ?? c.What,
                    RedlineChangeKind.Moved when c.OldNumber is not null && c.NewNumber is not null => $"{c.OldNumber} to {c.NewNumber}",
                    _ => c.NewNumber ?? c.ClauseId ?? c.What,
                })
                .ToList();
            if (names.Count > 0)
            {
                parts.Add($"{kind.ToString().ToLowerInvariant()} {string.Join(", ", names)}");
            }
        }

        var sentence = string.Join("; ", parts);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static int Count(IReadOnlyList<RedlineChange> changes, RedlineChangeKind kind) => changes.Count(c => c.Kind == kind);
}
