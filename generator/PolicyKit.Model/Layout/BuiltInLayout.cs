using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;

namespace PolicyKit.Model.Layout;

/// <summary>
/// The layout PolicyKit prints when the sources describe none: logo, name, motto and title on the cover; status,
/// authorship, ratification and review rows; two levels of contents; the six-column review history at the end;
/// the headteacher's and chair's signatures. Existing documents look exactly as they always have.
/// </summary>
public static class BuiltInLayout
{
    public const string ReviewHistoryTitle = "Policy review dates and changes";

    public static IReadOnlyList<ChangeLogColumn> ReviewHistoryColumns { get; } =
    [
        new("Version", 12), new("Review date", 14), new("By whom", 11), new("Summary of changes made", 26),
        new("Date ratified by governors/trustees", 20), new("Date implemented", 17),
    ];

    /// <summary>The built-in layout for a document, every value taken from its <see cref="DocumentInfo"/>.</summary>
    public static DocumentLayout For(DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new DocumentLayout
        {
            TitlePage = TitlePage(info.Organisation, info.Title),
            Metadata = PolicyMetadata.BuiltInRows(info),
            ChangeLog = info.History.Count == 0 ? null : ReviewHistory(info.History),
            Signatures = info.Signatories.Count == 0 ? null : Signatures(info),
        };
    }

    /// <summary>Logo, name, motto (when there is one) and title.</summary>
    public static IReadOnlyList<TitleElement> TitlePage(Organisation organisation, string title)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var elements = new List<TitleElement>();
        if (organisation.Logo is { } logo)
        {
            elements.Add(new TitleElement(TitleElementKind.Logo, logo.AltText));
        }

        elements.Add(new TitleElement(TitleElementKind.OrganisationName, organisation.Name));
        if (!string.IsNullOrWhiteSpace(organisation.Motto))
        {
            elements.Add(new TitleElement(TitleElementKind.Motto, organisation.Motto));
        }

        elements.Add(new TitleElement(TitleElementKind.Title, title));
        return elements;
    }

    private static ChangeLog ReviewHistory(IReadOnlyList<ReviewHistoryEntry> history) => new(
        ReviewHistoryTitle,
        ChangeLogPlacement.End,
        ReviewHistoryColumns,
        [.. history.Select(entry => (IReadOnlyList<LayoutValue>)
        [
            new LayoutValue(entry.Label ?? entry.Version), Dated(entry.ReviewDate, entry.DateMonthOnly), new LayoutValue(entry.By), new LayoutValue(entry.Summary),
            Dated(entry.DateRatified), Dated(entry.DateImplemented, entry.ImplementedMonthOnly),
        ])]);

    private static SignatureBlock Signatures(DocumentInfo info) => new(
        "Signed",
        PolicyMetadata.RatificationSentence(info),
        [.. info.Signatories.Select(s => new SignatureEntry(s.Role, s.Name.Length == 0 ? null : s.Name, s.Date is { } date ? Dated(date) : null))]);

    private static LayoutValue Dated(DateOnly? date, bool monthOnly = false) => date switch
    {
        null => LayoutValue.Empty,
        { } value when monthOnly => new LayoutValue(DateFormat.Short.Format(value, monthOnly: true), value, MonthOnly: true),
        { } value => new LayoutValue(BritishDates.Short(value), value),
    };
}
