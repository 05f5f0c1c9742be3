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
        "id", "title", "version", "status", "owner", "owner_name", "owner_title", "written_by", "approved_by", "ratified",
        "ratified_by", "minute_ref", "implemented", "next_review", "last_reviewed", "review_cycle", "policy_number", "accepted_by",
    ];

    public static IReadOnlyList<string> EntryNames { get; } = ["version", "date", "by", "changes", "ratified", "implemented", "ratified_by", "minute_ref"];

    /// <summary>The built-in review-history columns, written as the templates a trust would write for them.</summary>
    public static IReadOnlyList<ChangeLogColumnSpec> ReviewHistoryColumns { get; } = BuiltInColumns();

    public static ScriptObject Policy(DocumentInfo info, PolicyFacts facts, DateFormat dates)
    {
        var fields = new ScriptObject
        {
            ["id"] = info.PolicyId,
            ["title"] = info.Title,
            ["version"] = info.Version,
            ["status"] = info.Status,
            ["owner"] = info.Owner,
            ["owner_name"] = facts.OwnerName,
            ["owner_title"] = facts.OwnerTitle,
            ["written_by"] = info.WrittenBy,
            ["approved_by"] = info.ApprovedBy,
            ["ratified"] = LayoutDates.Text(info.DateRatified, dates),
            ["ratified_by"] = info.RatifiedBy,
            ["minute_ref"] = info.MinuteRef,
            ["implemented"] = LayoutDates.Text(info.DateImplemented, dates),
            ["next_review"] = LayoutDates.Text(info.NextReview == DateOnly.MinValue ? null : info.NextReview, dates),
            ["last_reviewed"] = LayoutDates.Text(facts.LastReviewed, dates),
            ["review_cycle"] = info.ReviewCycle,
            ["policy_number"] = info.PolicyNumber,
            ["accepted_by"] = info.AcceptedBy,
        };
        return fields;
    }

    /// <summary>The date a <c>policy</c> date field holds, for a metadata row that prints it alone.</summary>
    public static DateOnly? PolicyDate(string field, DocumentInfo info, PolicyFacts facts) => field switch
    {
        "ratified" => info.DateRatified,
        "implemented" => info.DateImplemented,
        "next_review" => info.NextReview == DateOnly.MinValue ? null : info.NextReview,
        "last_reviewed" => facts.LastReviewed,
        _ => null,
    };

    public static ScriptObject Entry(ChangeLogEntry entry, DateFormat dates) => new()
    {
        ["version"] = entry.Version,
        ["date"] = LayoutDates.Text(entry.Date, dates),
        ["by"] = entry.By,
        ["changes"] = entry.Changes,
        ["ratified"] = LayoutDates.Text(entry.Ratified, dates),
        ["implemented"] = LayoutDates.Text(entry.Implemented, dates),
        ["ratified_by"] = entry.RatifiedBy,
        ["minute_ref"] = entry.MinuteRef,
    };

    public static DateOnly? EntryDate(string field, ChangeLogEntry entry) => field switch
    {
        "date" => entry.Date,
        "ratified" => entry.Ratified,
        "implemented" => entry.Implemented,
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
internal sealed record PolicyFacts(string? OwnerName, string? OwnerTitle, DateOnly? LastReviewed);

/// <summary>One version as a change-log row sees it.</summary>
internal sealed record ChangeLogEntry(string Version, DateOnly? Date, string By, string Changes, DateOnly? Ratified, DateOnly? Implemented, string? RatifiedBy, string? MinuteRef);
