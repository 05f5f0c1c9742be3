using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import;

/// <summary>What importing a folder did: one outcome per document, in file-name order, and problems with the folder itself.</summary>
public sealed record FolderImportOutcome(IReadOnlyList<ImportOutcome> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The folder could not be imported, or a document failed.</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError) || Files.Any(f => f.Failed);
}
