using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Importing;

/// <summary>One document's import while it runs: written first, then checked with the others of its batch.</summary>
internal sealed class PendingImport(string file, string policyId)
{
    public string File { get; } = file;

    public string PolicyId { get; } = policyId;

    public string? WrittenPath { get; set; }

    public string? Numbering { get; set; }

    public ImportConfidence Confidence { get; set; } = ImportConfidence.Structured;

    public ImportCounts Counts { get; set; } = ImportCounts.None;

    public List<Diagnostic> Diagnostics { get; } = [];

    public ImportOutcome ToOutcome() => new(File, PolicyId, WrittenPath, Numbering, Confidence, Counts, Diagnostics.ToList());
}
