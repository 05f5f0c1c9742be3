using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;

namespace PolicyKit.Model.Presentation;

/// <summary>The rows and headings of the tables every output shows around a policy, worded once.</summary>
public static class PolicyMetadata
{
    /// <summary>"Ratified by the Local governing body on 9 June 2027, minute FGB 2027/06 item 4.", above the signatures; null when the version in force is not ratified.</summary>
    /// <param name="info">The document.</param>
    /// <param name="dates">The layout's date format; the long form when null.</param>
    public static string? RatificationSentence(DocumentInfo info, DateFormat? dates = null) =>
        info is { DateRatified: { } date, RatifiedBy: { } body }
            ? $"Ratified by the {body} on {(dates ?? DateFormat.Long).Format(date)}{(info.MinuteRef is { } minute ? $", minute {minute}" : string.Empty)}."
            : null;

    /// <summary>
    /// The rows a document's metadata table shows under its layout: the layout's own, after a first row saying which
    /// two versions a redline compares, since a redline is not the version in force.
    /// </summary>
    public static IReadOnlyList<MetadataRow> Rows(DocumentInfo info, DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(layout);
        return info.Comparison is { } comparison ? [new("This document", comparison.Heading), .. layout.Metadata] : layout.Metadata;
    }

    /// <summary>The built-in metadata rows (seed policies' "Policy status / Written by / Review date" block).</summary>
    public static IReadOnlyList<MetadataRow> BuiltInRows(DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var rows = new List<MetadataRow>();
        rows.Add(new("Policy status", info.Status));
        if (info.WrittenBy is { } writtenBy)
        {
            rows.Add(new("Written by", writtenBy));
        }

        rows.AddRange(
        [
            new("Owner", info.Owner),
            new("Approved by", info.ApprovedBy),
            info.DateRatified is { } ratified ? new("Date ratified", BritishDates.Long(ratified), ratified) : new("Date ratified", "Not yet ratified"),
        ]);
        if (info.RatifiedBy is { } body)
        {
            rows.Add(new("Ratified by", info.MinuteRef is { } minute ? $"{body}, minute {minute}" : body));
        }

        rows.AddRange(
        [
            info.NextReviewMonthOnly
                ? new("Next review date", DateFormat.Long.Format(info.NextReview, monthOnly: true), info.NextReview, MonthOnly: true)
                : new("Next review date", BritishDates.Long(info.NextReview), info.NextReview),
        ]);
        if (info.ReviewCycle is { } cycle)
        {
            rows.Add(new("Review cycle", cycle));
        }

        // A policy ratified without a version number has no Version row, rather than a made-up number.
        if (info.VersionLabel is not null || info.Version.Length > 0)
        {
            rows.Add(new("Version", info.VersionLabel ?? info.Version));
        }

        if (info.AcceptedBy is { } acceptedBy)
        {
            rows.Add(new("To be accepted by", acceptedBy));
        }

        return rows;
    }
}
