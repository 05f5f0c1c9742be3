using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import;

/// <summary>What importing one document did: the file written (if any), what it holds, and every problem, at the written file's lines.</summary>
public sealed class ImportOutcome
{
    internal ImportOutcome(string file, string policyId, string? writtenPath, string? numbering, ImportConfidence confidence, ImportCounts counts, IReadOnlyList<Diagnostic> diagnostics)
    {
        File = file;
        PolicyId = policyId;
        WrittenPath = writtenPath;
        Numbering = numbering;
        Confidence = confidence;
        Counts = counts;
        Diagnostics = diagnostics;
    }

    /// <summary>The document imported, as given.</summary>
    public string File { get; }

    /// <summary>The policy id it was imported as.</summary>
    public string PolicyId { get; }

    /// <summary>The source file written, or null when nothing was written (the document could not be read, or the file was already there).</summary>
    public string? WrittenPath { get; }

    /// <summary>"alpha", "decimal" or "unnumbered" as detected, or null when the document gave no sign.</summary>
    public string? Numbering { get; }

    public ImportConfidence Confidence { get; }

    public ImportCounts Counts { get; }

    /// <summary>
    /// Warnings for what the importer could not place (each at the written file's line, naming the document's paragraph),
    /// and errors: why nothing was written, or what stops the written file from building.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Nothing was written, or the file written does not build yet.</summary>
    public bool Failed => WrittenPath is null || Diagnostics.Any(d => d.IsError);
}
