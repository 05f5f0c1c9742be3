namespace PolicyKit.Import.Recognition;

/// <summary>What a document's metadata table ("about this policy") says, in the source's terms.</summary>
internal sealed class MetadataFields
{
    public bool? Statutory { get; set; }

    public string? WrittenBy { get; set; }

    public string? OwnerRole { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ReviewCycle { get; set; }

    public ImportedDate? NextReview { get; set; }

    public ImportedDate? Ratified { get; set; }

    public string? MinuteRef { get; set; }

    public VersionText? Version { get; set; }

    /// <summary>Rows read but not placed in the front matter, kept in the body where the table stood.</summary>
    public List<KeptNode> Kept { get; } = [];

    /// <summary>Warnings about rows that were placed, such as an owner that is not a role.</summary>
    public List<ImportWarning> Warnings { get; } = [];
}
