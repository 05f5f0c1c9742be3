using PolicyKit.Model.Document;
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
        Row(html, "Policy status", h => h.Text(info.Status));
        Row(html, "Written by", h => h.Text(info.WrittenBy));
        Row(html, "Owner", h => h.Text(info.Owner));
        Row(html, "Approved by", h => h.Text(info.ApprovedBy));
        Row(html, "Date ratified", h => h.Date(info.DateRatified, "Not yet ratified"));
        Row(html, "Next review date", h => h.Date(info.NextReview));
        if (!string.IsNullOrWhiteSpace(info.ReviewCycle))
        {
            Row(html, "Review cycle", h => h.Text(info.ReviewCycle));
        }

        Row(html, "Version", h => h.Text(info.Version));
        if (!string.IsNullOrWhiteSpace(info.AcceptedBy))
        {
            Row(html, "To be accepted by", h => h.Text(info.AcceptedBy));
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
