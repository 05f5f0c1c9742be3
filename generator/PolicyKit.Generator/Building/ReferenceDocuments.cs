using System.Collections.Concurrent;
using System.Security.Cryptography;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Docx;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>Loads each Word reference document once per build; a missing or broken one is a diagnostic.</summary>
internal sealed class ReferenceDocuments(DiagnosticBag diagnostics)
{
    private static readonly Lazy<string> DefaultHash = new(() => Convert.ToHexStringLower(SHA256.HashData(DocxReferenceDocument.CreateDefault())));

    private readonly ConcurrentDictionary<string, Lazy<(DocxReferenceDocument? Document, string Hash)>> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<string>> _hashes = new(StringComparer.Ordinal);

    /// <summary>
    /// The hash of the reference document a school's documents use, from its bytes alone: deciding that nothing
    /// changed must not cost parsing Word styles.
    /// </summary>
    public string HashFor(SourceSet sources, SchoolSource school)
    {
        var reference = school.ReferenceDocument ?? sources.Trust.ReferenceDocument;
        return reference is null
            ? DefaultHash.Value
            : _hashes.GetOrAdd(reference.FullPath, path => new Lazy<string>(() => HashOfFile(path))).Value;
    }

    /// <summary>The school's reference document, else the trust's, else the built-in default.</summary>
    public (DocxReferenceDocument? Document, string Hash) For(SourceSet sources, SchoolSource school)
    {
        var reference = school.ReferenceDocument ?? sources.Trust.ReferenceDocument;
        return reference is null
            ? (DocxReferenceDocument.Default, DefaultHash.Value)
            : _cache.GetOrAdd(reference.FullPath, _ => new Lazy<(DocxReferenceDocument?, string)>(() => Load(reference))).Value;
    }

    // A missing or unreadable file is reported when the document is loaded; here it only has to change the hash.
    private static string HashOfFile(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private (DocxReferenceDocument?, string) Load(AssetReference reference)
    {
        var display = SourceSetLoader.DisplayPath(reference.FullPath);
        if (!File.Exists(reference.FullPath))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, reference.Span, $"the reference document '{display}' does not exist; check the path, or create one with 'policykit reference-doc --out {display}'.");
            return (null, string.Empty);
        }

        try
        {
            var bytes = File.ReadAllBytes(reference.FullPath);
            return (DocxReferenceDocument.Load(bytes), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (DocxReferenceDocumentException ex)
        {
            diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, reference.Span, $"the reference document '{display}' cannot be used: {ex.Message} Save it from Word as a .docx document.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, reference.Span, $"cannot read the reference document '{display}': {ex.Message}");
        }

        return (null, string.Empty);
    }
}
