using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Packaging;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx;

/// <summary>
/// A parsed Word reference document: its styles, theme, fonts, settings and page setup, as pandoc's --reference-doc.
/// Parse once and share: it is immutable and thread-safe across any number of renders.
/// </summary>
public sealed class DocxReferenceDocument
{
    // Branded style parts are cached per (branding, language); a trust has a handful of each.
    private const int MaxCachedStyleVariants = 256;

    private static readonly Lazy<DocxReferenceDocument> LazyDefault = new(() => Load(CreateDefault()));

    private readonly ConcurrentDictionary<(Branding Branding, string Language, bool Toc3), byte[]> _styleVariants = new();

    private DocxReferenceDocument(ReferenceParts parts) => Parts = parts;

    /// <summary>The built-in reference document, parsed once.</summary>
    public static DocxReferenceDocument Default => LazyDefault.Value;

    internal ReferenceParts Parts { get; }

    /// <summary>Parses a .docx to use as reference document.</summary>
    /// <exception cref="DocxReferenceDocumentException">The bytes are not a usable .docx.</exception>
    public static DocxReferenceDocument Load(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            return new DocxReferenceDocument(ReferenceDocumentReader.Read(docx));
        }
        catch (Exception exception) when (exception is not DocxReferenceDocumentException and not OutOfMemoryException)
        {
            throw new DocxReferenceDocumentException($"The reference document is not a valid .docx file: {exception.Message}", exception);
        }
    }

    /// <summary>The built-in default reference document: A4, Arial 11 pt, every style PolicyKit uses, one sample paragraph each.</summary>
    public static byte[] CreateDefault() => DefaultReferenceBuilder.Build();

    /// <summary>The styles part with a document's branding and language applied, and a TOC3 style when its contents need one.</summary>
    internal ReferencePart StylesFor(Branding branding, string language, bool toc3 = false)
    {
        var key = (branding, language, toc3);
        if (!_styleVariants.TryGetValue(key, out var bytes))
        {
            var styles = new Styles(Parts.StylesXml);
            BrandingApplier.Apply(styles, branding, language);
            if (toc3)
            {
                Toc3Style.AddIfMissing(styles);
            }

            bytes = PartXml.ToBytes(styles);
            if (_styleVariants.Count < MaxCachedStyleVariants)
            {
                _styleVariants.TryAdd(key, bytes);
            }
        }

        return Parts.Styles with { Content = bytes };
    }
}
