using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>The policy's status, authorship and review dates, the same rows as the Word document's table.</summary>
internal static class MetadataTable
{
    public static void Write(HtmlBuilder html, DocumentInfo info)
    {
        html.Open("table", ("class", "metadata")).Line()
            .Element("caption", "About this policy").Line()
            .Open("tbody").Line();
        foreach (var row in PolicyMetadata.Rows(info, info.EffectiveLayout()))
        {
            Row(html, row.Label, h => _ = row switch
            {
                // A month has no day to print: its text ("June 2027") with the month for machines.
                { Date: { } date, MonthOnly: true } => h.Element("time", row.Text, ("datetime", BritishDates.Iso(date)[..7])),
                { Date: { } date } => h.Date(date),
                _ => h.Text(row.Text),
            });
        }

        html.Close("tbody").Line().Close("table").Line();
    }

    private static void Row(HtmlBuilder html, string label, Action<HtmlBuilder> value)
    {
        html.Open("tr").Element("th", label, ("scope", "row")).Open("td");
        value(html);
        html.Close("td").Close("tr").Line();
    }
}
