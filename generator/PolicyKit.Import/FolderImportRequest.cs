namespace PolicyKit.Import;

/// <summary>Every document PolicyKit imports (.docx, .docm, .odt, .doc, .rtf, .pdf) in a folder, each imported as the policy its file name suggests.</summary>
/// <param name="SourcesRoot">The trust's policy folder, holding trust.yaml.</param>
/// <param name="Folder">The folder of documents.</param>
/// <param name="Today">Review dates before this day are reported as overdue when the written files are checked.</param>
public sealed record FolderImportRequest(string SourcesRoot, string Folder, DateOnly Today)
{
    /// <summary>The school whose documents these are (<c>--school</c>), or null for the trust's own policies.</summary>
    public string? SchoolId { get; init; }

    /// <summary>Replace files that are already there (<c>--force</c>).</summary>
    public bool Overwrite { get; init; }

    /// <summary>Also import documents in the folder's sub-folders.</summary>
    public bool Recursive { get; init; }
}
