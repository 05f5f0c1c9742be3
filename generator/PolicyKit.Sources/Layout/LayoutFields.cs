using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Sources.Templating;
using Scriban.Runtime;

namespace PolicyKit.Sources.Layout;

/// <summary>
/// What layout templates see besides a body's scope: <c>policy</c> with the document's own fields, and, in a change-log
/// column, <c>entry</c> (one version). Dates are text in the layout's date format; an absent value is null.
/// </summary>
internal static class LayoutFields
{
    public const int DefaultColumnWeight = 10;

    public static IReadOnlySet<string> PolicyDates { get; } = new HashSet<string>(StringComparer.Ordinal) { "ratified", "implemented", "next_review", "last_reviewed" };

    public static IReadOnlySet<string> EntryDates { get; } = new HashSet<string>(StringComparer.Ordinal) { "date", "ratified", "implemented" };

    public static IReadOnlyList<string> PolicyNames { get; } =
    [
        "id", "title", "version", "version_number", "status", "owner", "owner_name", "owner_title", "written_by", "approved_by", "ratified",
        "ratified_by", "minute_ref", "implemented", "next_review", "last_reviewed", "review_cycle", "policy_number", "accepted_by",
    ];

    public static IReadOnlyList<string> EntryNames { get; } = ["version", "version_number", "date", "by", "changes", "ratified", "implemented", "ratified_by", "minute_ref"];

    /// <summary>The built-in review-history columns, written as the templates a trust would write for them.</summary>
    public static IReadOnlyList<ChangeLogColumnSpec> ReviewHistoryColumns { get; } = BuiltInColumns();

    public static ScriptObject Policy(DocumentInfo info, PolicyFacts facts, DateFormat dates)
    {
        var fields = new ScriptObject
        {
            ["id"] = info.PolicyId,
            ["title"] = info.Title,
            ["version"] = info.VersionLabel ?? info.Version,
            ["version_number"] = info.Version,
            ["status"] = info.Status,
            ["owner"] = info.Owner,
            ["owner_name"] = facts.OwnerName,
            ["owner_title"] = facts.OwnerTitle,
            ["written_by"] = info.WrittenBy,
            ["approved_by"] = info.ApprovedBy,
            ["ratified"] = LayoutDates.Text(PolicyDate("ratified", info, facts), dates),
            ["ratified_by"] = info.RatifiedBy,
            ["minute_ref"] = info.MinuteRef,
            ["implemented"] = LayoutDates.Text(PolicyDate("implemented", info, facts), dates),
            ["next_review"] = LayoutDates.Text(PolicyDate("next_review", info, facts), dates),
            ["last_reviewed"] = LayoutDates.Text(facts.LastReviewed, dates),
            ["review_cycle"] = info.ReviewCycle,
            ["policy_number"] = info.PolicyNumber,
            ["accepted_by"] = info.AcceptedBy,
        };
        return fields;
    }

    /// <summary>The date a <c>policy</c> date field holds, for a metadata row that prints it alone.</summary>
    public static LayoutDate? PolicyDate(string field, DocumentInfo info, PolicyFacts facts) => field switch
    {
        "ratified" => LayoutDate.Of(info.DateRatified),
        "implemented" => LayoutDate.Of(info.DateImplemented, facts.ImplementedMonthOnly),
        "next_review" => info.NextReview == DateOnly.MinValue ? null : new LayoutDate(info.NextReview, info.NextReviewMonthOnly),
        "last_reviewed" => facts.LastReviewed,
        _ => null,
    };

    public static ScriptObject Entry(ChangeLogEntry entry, DateFormat dates) => new()
    {
        ["version"] = entry.Label ?? entry.Version,
        ["version_number"] = entry.Version,
        ["date"] = LayoutDates.Text(EntryDate("date", entry), dates),
        ["by"] = entry.By,
        ["changes"] = entry.Changes,
        ["ratified"] = LayoutDates.Text(EntryDate("ratified", entry), dates),
        ["implemented"] = LayoutDates.Text(EntryDate("implemented", entry), dates),
        ["ratified_by"] = entry.RatifiedBy,
        ["minute_ref"] = entry.MinuteRef,
    };

    public static LayoutDate? EntryDate(string field, ChangeLogEntry entry) => field switch
    {
        "date" => LayoutDate.Of(entry.Date, entry.DateMonthOnly),
        "ratified" => LayoutDate.Of(entry.Ratified),
        "implemented" => LayoutDate.Of(entry.Implemented, entry.ImplementedMonthOnly),
        _ => null,
    };

    private static List<ChangeLogColumnSpec> BuiltInColumns()
    {
        string[] fields = ["version", "date", "by", "changes", "ratified", "implemented"];
        var diagnostics = new DiagnosticBag();
        return [.. BuiltInLayout.ReviewHistoryColumns.Zip(fields, (column, field) => new ChangeLogColumnSpec(
            column.Label,
            PolicyTemplate.Parse($"{{{{ entry.{field} }}}}", "built-in layout", 1, diagnostics)!,
            column.Weight,
            EntryDates.Contains(field) ? field : null))];
    }
}

/// <summary>What a layout's <c>policy</c> needs beyond <see cref="DocumentInfo"/>.</summary>
internal sealed record PolicyFacts(string? OwnerName, string? OwnerTitle, LayoutDate? LastReviewed, bool ImplementedMonthOnly);

/// <summary>One version as a change-log row sees it.</summary>
internal sealed record ChangeLogEntry(string Version, DateOnly? Date, string By, string Changes, DateOnly? Ratified, DateOnly? Implemented, string? RatifiedBy, string? MinuteRef)
{
    /// <summary>The version as the school prints it, or null for its number.</summary>
    public string? Label { get; init; }

    public bool DateMonthOnly { get; init; }

    public bool ImplementedMonthOnly { get; init; }
}
