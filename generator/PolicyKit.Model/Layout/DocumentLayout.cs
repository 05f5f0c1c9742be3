using PolicyKit.Model.Blocks;
using PolicyKit.Model.Presentation;

namespace PolicyKit.Model.Layout;

/// <summary>
/// The parts around a policy's body, resolved for one document: what the cover shows and in which order, the rows of
/// the metadata table, the text before the contents, how deep the contents go, the change log and where it goes, and
/// who signs. Every value is final text (the sources' layout has already been expanded), so a renderer only draws it.
/// <see cref="BuiltInLayout"/> gives the layout PolicyKit has always printed.
/// </summary>
public sealed record DocumentLayout
{
    /// <summary>The cover's elements, top to bottom.</summary>
    public required IReadOnlyList<TitleElement> TitlePage { get; init; }

    /// <summary>The "about this policy" rows, in order; no rows means no table.</summary>
    public required IReadOnlyList<MetadataRow> Metadata { get; init; }

    /// <summary>Paragraphs printed after the metadata table and before the contents (an adoption statement, a review sentence).</summary>
    public IReadOnlyList<Paragraph> BeforeContents { get; init; } = [];

    /// <summary>How many heading levels the contents list (1–3); 0 leaves the contents out.</summary>
    public int ContentsDepth { get; init; } = 2;

    /// <summary>The change log as a table at the start or the end, or null when there is none or it is a numbered section of the body.</summary>
    public ChangeLog? ChangeLog { get; init; }

    /// <summary>The signature block, or null for none.</summary>
    public SignatureBlock? Signatures { get; init; }

    /// <summary>
    /// One format for every date the document prints, or null for the built-in mix (long dates in the metadata table
    /// and sentences, "03/09/2025" in Word's tables and signatures, long dates on the web page).
    /// </summary>
    public DateFormat? Dates { get; init; }

    /// <summary>How table columns are sized.</summary>
    public TableWidths TableWidths { get; init; } = TableWidths.Fixed;

    /// <summary>Whether the policy's text starts on a new page after the cover and contents.</summary>
    public bool BodyOnNewPage { get; init; } = true;

    /// <summary>
    /// The text of a value as this layout prints it: its own <see cref="LayoutValue.Text"/>, except a date under the
    /// built-in mix, which keeps the format the place has always used (<paramref name="traditional"/>), without the
    /// day when the date is known only to the month.
    /// </summary>
    public string Print(LayoutValue value, DateFormat traditional)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(traditional);
        return value.Date is { } date && Dates is null ? traditional.Format(date, value.MonthOnly) : value.Text;
    }
}
