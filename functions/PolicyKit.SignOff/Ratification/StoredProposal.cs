namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// A proposal as stored (proposals/&lt;policy&gt;/&lt;version&gt;/&lt;scope&gt;/proposal.json): replaced by a revised upload only
/// while no request for it is open or approved. Its <see cref="Revision"/> follows from its content and file hashes,
/// so a request pins exactly one revision.
/// </summary>
public sealed record StoredProposal
{
    public required string Policy { get; init; }

    public required string Title { get; init; }

    public required string Version { get; init; }

    public string? FromVersion { get; init; }

    public required string Body { get; init; }

    public required string BodyName { get; init; }

    /// <summary>The school's id, or "trust" for a trust-wide proposal.</summary>
    public required string Scope { get; init; }

    public required string SchoolName { get; init; }

    public required bool TrustWide { get; init; }

    public string? Changes { get; init; }

    public required bool Material { get; init; }

    public required IReadOnlyList<string> MaterialClauses { get; init; }

    public ProposalContact? Chair { get; init; }

    public ProposalContact? Clerk { get; init; }

    public required IReadOnlyList<ProposalFileRecord> Files { get; init; }

    /// <summary>The first 16 hex digits of the SHA-256 over everything above: which revision of the proposal this is.</summary>
    public required string Revision { get; init; }

    public required DateTimeOffset UploadedUtc { get; init; }

    public ProposalFileRecord? File(string role) => Files.FirstOrDefault(f => f.Role == role);
}

/// <summary>One stored file of a proposal: its role, its name, where it is stored and the SHA-256 of its bytes.</summary>
public sealed record ProposalFileRecord(string Role, string Name, string Blob, string Sha256, long Length);
