using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Inlines;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Sections;

/// <summary>The cover: the layout's elements in order (logo, school name, motto, title, lines of text), as on a school policy.</summary>
internal static class TitleBlockWriter
{
    public const string LogoRelationshipId = "rLogo";

    /// <summary>Whether the cover shows the logo, so the package carries the image only when it is drawn.</summary>
    public static bool DrawsLogo(DocumentInfo info, DocumentLayout layout) =>
        info.Organisation.Logo is not null && layout.TitlePage.Any(e => e.Kind == TitleElementKind.Logo);

    public static IEnumerable<OpenXmlElement> Write(DocumentInfo info, DocumentLayout layout)
    {
        var drawingId = 1U;
        var noticesWritten = false;
        foreach (var element in layout.TitlePage)
        {
            switch (element.Kind)
            {
                case TitleElementKind.Logo when info.Organisation.Logo is { } logo:
                    yield return new Paragraph(Paragraphs.Properties(StyleIds.SchoolName), new Run(LogoDrawing.Create(logo, LogoRelationshipId, drawingId++)));
                    break;
                case TitleElementKind.Logo:
                    break;
                case TitleElementKind.OrganisationName:
                    yield return Paragraphs.Text(StyleIds.SchoolName, element.Text);
                    break;
                case TitleElementKind.Motto or TitleElementKind.Subtitle:
                    yield return Paragraphs.Text(StyleIds.Motto, element.Text);
                    break;
                case TitleElementKind.Title:
                    yield return Paragraphs.Text(StyleIds.Title, element.Text);
                    if (!noticesWritten)
                    {
                        noticesWritten = true;
                        foreach (var notice in Notices(info))
                        {
                            yield return notice;
                        }
                    }

                    break;
                default:
                    yield return new Paragraph(RunText.Create(element.Text));
                    break;
            }
        }

        // A cover without a title still says which versions a redline compares, and that a proposal is not in force.
        if (!noticesWritten)
        {
            foreach (var notice in Notices(info))
            {
                yield return notice;
            }
        }
    }

    private static IEnumerable<Paragraph> Notices(DocumentInfo info)
    {
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
