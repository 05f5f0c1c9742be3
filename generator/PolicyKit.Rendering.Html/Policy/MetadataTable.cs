using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>The policy's status, authorship and review dates: the layout's rows, the same as the Word document's table.</summary>
internal static class MetadataTable
{
    public static void Write(HtmlBuilder html, DocumentInfo info, DocumentLayout layout)
    {
        var rows = PolicyMetadata.Rows(info, layout);
        if (rows.Count == 0)
        {
            return;
        }

        html.Open("table", ("class", "metadata")).Line()
            .Element("caption", "About this policy").Line()
            .Open("tbody").Line();
        foreach (var row in rows)
        {
            Row(html, row.Label, h => _ = row.Date is { } date ? h.Date(row.Text, date, row.MonthOnly) : h.Text(row.Text));
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
