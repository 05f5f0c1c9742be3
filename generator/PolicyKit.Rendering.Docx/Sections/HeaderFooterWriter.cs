using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>The page header ("School · Policy") and footer (every site's address, then "Page X of Y").</summary>
internal static class HeaderFooterWriter
{
    private const string Separator = " \u00B7 ";

    public static Header Header(DocumentInfo info) =>
        new(Paragraphs.Text(StyleIds.Header, info.Organisation.Name + Separator + info.Title));

    public static Footer Footer(DocumentInfo info)
    {
        var footer = new Footer();
        foreach (var site in info.Organisation.Sites)
        {
            var address = string.Join(", ", site.AddressLines.Where(line => !string.IsNullOrWhiteSpace(line)).Prepend(site.Name));
            var contacts = new[] { Label("Telephone", site.Phone), Label("Email", site.Email), Label("Website", site.Website) }
                .OfType<string>()
                .ToList();
            var paragraph = new Paragraph(Paragraphs.Properties(StyleIds.Footer), RunText.Create(address));
            if (contacts.Count > 0)
            {
                paragraph.Append(new Run(new Break()), RunText.Create(string.Join(Separator, contacts)));
            }

            footer.Append(paragraph);
        }

        footer.Append(new Paragraph(
            Paragraphs.Properties(StyleIds.Footer),
            RunText.Create("Page "),
            PageField("PAGE"),
            RunText.Create(" of "),
            PageField("NUMPAGES")));
        return footer;
    }

    private static string? Label(string label, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";

    // A simple field with a cached result, so the footer reads sensibly even before fields are updated.
    private static SimpleField PageField(string name) =>
        new(new Run(new Text("1"))) { Instruction = $" {name} " };

    public static OpenXmlElement[] References(string headerId, string footerId) =>
    [
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
    ];
}
