using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>
/// One school's copy of one policy after a build, with every output that the build vouches for: made from exactly
/// these sources (the manifest's input hash matches) and still the bytes it wrote (size, time and SHA-256 recorded).
/// A format that is missing here (a PDF that failed, or was never asked for) must not be taken from the folder.
/// </summary>
public sealed record BuiltDocument(SchoolSource School, PolicySource Policy, string InputHash, IReadOnlyList<BuiltFile> Files)
{
    /// <summary>The file of one format ("docx", "html" or "pdf"), or null when the build does not vouch for one.</summary>
    public BuiltFile? File(string extension) => Files.FirstOrDefault(f => f.Extension == extension);
}
