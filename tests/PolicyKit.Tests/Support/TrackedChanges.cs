using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Tests.Support;

/// <summary>
/// Accepts or rejects every tracked change of a Word document as Word does, without Word: text of the side that goes
/// is removed, the side that stays is unwrapped, and a paragraph whose mark goes joins the next one.
/// </summary>
internal static class TrackedChanges
{
    /// <summary>The text of each paragraph after accepting (or rejecting) every change, the contents list left out.</summary>
    public static List<string> TextAfter(byte[] docx, bool accept)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using var document = WordprocessingDocument.Open(stream, true);
        var body = document.MainDocumentPart!.Document!.Body!;
        Resolve(body, accept);
        Assert.DoesNotContain(body.Descendants(), IsRevision);
        return Text(body);
    }

    /// <summary>The text of each paragraph of a document without changes, the contents list left out.</summary>
    public static List<string> Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return Text(document.MainDocumentPart!.Document!.Body!);
    }

    private static List<string> Text(Body body) => body.Descendants<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not (StyleIds.Toc1 or StyleIds.Toc2))
        .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))
        .ToList();

    private static void Resolve(Body body, bool accept)
    {
        foreach (var wrapper in body.Descendants().Where(e => e is InsertedRun or DeletedRun or MoveFromRun or MoveToRun).ToList())
        {
            var stays = accept ? wrapper is InsertedRun or MoveToRun : wrapper is DeletedRun or MoveFromRun;
            if (stays)
            {
                foreach (var deleted in wrapper.Descendants<DeletedText>().ToList())
                {
                    deleted.InsertBeforeSelf(new Text(deleted.Text) { Space = deleted.Space });
                    deleted.Remove();
                }

                foreach (var child in wrapper.ChildElements.ToList())
                {
                    child.Remove();
                    wrapper.InsertBeforeSelf(child);
                }
            }

            wrapper.Remove();
        }

        foreach (var marker in body.Descendants().Where(e => e is MoveFromRangeStart or MoveFromRangeEnd or MoveToRangeStart or MoveToRangeEnd).ToList())
        {
            marker.Remove();
        }

        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            if (Marks(row.TableRowProperties, accept))
            {
                row.Remove();
            }
        }

        foreach (var table in body.Descendants<Table>().Where(t => !t.Elements<TableRow>().Any()).ToList())
        {
            table.Remove();
        }

        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            if (!Marks(paragraph.ParagraphProperties?.ParagraphMarkRunProperties, accept))
            {
                continue;
            }

            // Without its mark the paragraph's remaining text runs on into the next paragraph.
            var rest = paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList();
            if (rest.Any(c => c.Descendants<Text>().Any() || c is Run r && r.Elements<Text>().Any()) && paragraph.NextSibling<Paragraph>() is { } next)
            {
                var anchor = (OpenXmlElement?)next.ParagraphProperties;
                foreach (var child in rest)
                {
                    child.Remove();
                    if (anchor is null)
                    {
                        next.PrependChild(child);
                    }
                    else
                    {
                        anchor.InsertAfterSelf(child);
                    }

                    anchor = child;
                }
            }

            paragraph.Remove();
        }
    }

    // True when the properties mark the row or paragraph mark as the side that goes; the marks themselves are removed either way.
    private static bool Marks(OpenXmlElement? properties, bool accept)
    {
        if (properties is null)
        {
            return false;
        }

        var goes = false;
        foreach (var mark in properties.ChildElements.Where(IsRevision).ToList())
        {
            goes |= accept ? mark is Deleted or MoveFrom : mark is Inserted or MoveTo;
            mark.Remove();
        }

        return goes;
    }

    private static bool IsRevision(OpenXmlElement element) =>
        element is Inserted or Deleted or MoveFrom or MoveTo or InsertedRun or DeletedRun or MoveFromRun or MoveToRun or DeletedText;
}
