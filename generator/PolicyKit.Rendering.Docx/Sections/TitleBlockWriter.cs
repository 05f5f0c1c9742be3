using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>Logo, school name, motto and policy title, as on the cover of a school policy.</summary>
internal static class TitleBlockWriter
{
    public const string LogoRelationshipId = "rLogo";

    public static IEnumerable<OpenXmlElement> Write(DocumentInfo info)
    {
        var organisation = info.Organisation;
        if (organisation.Logo is { } logo)
        {
            yield return new Paragraph(Paragraphs.Properties(StyleIds.SchoolName), new Run(LogoDrawing.Create(logo, LogoRelationshipId, 1U)));
        }

        yield return Paragraphs.Text(StyleIds.SchoolName, organisation.Name);
        if (!string.IsNullOrWhiteSpace(organisation.Motto))
        {
            yield return Paragraphs.Text(StyleIds.Motto, organisation.Motto);
        }

        yield return Paragraphs.Text(StyleIds.Title, info.Title);
        if (info.Comparison is { } comparison)
        {
            yield return Paragraphs.Text(StyleIds.Motto, comparison.Heading);
        }

        if (info.ProposedNotice is { } notice)
        {
            // Under the title, where no one can miss it, in the body's own style so any reference document shows it.
            yield return new Paragraph(RunText.Create(notice, RunFormat.Strong));
        }
    }
}
