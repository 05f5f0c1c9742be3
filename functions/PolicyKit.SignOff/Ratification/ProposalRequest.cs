using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// A new version of a policy, offered to a governing body for approval: what it is, what changed, and for each school
/// (or once for the trust) the proposed documents and the redline, each with the SHA-256 the build recorded.
/// </summary>
public sealed record ProposalRequest
{
    public required string Policy { get; init; }

    public required string Title { get; init; }

    /// <summary>The version proposed, e.g. "2.1".</summary>
    public required string Version { get; init; }

    /// <summary>The version in force, or null when this is the policy's first version.</summary>
    public string? FromVersion { get; init; }

    /// <summary>Who approves it: "governing-body", "trust-board" or a committee key from trust.yaml.</summary>
    public required string Body { get; init; }

    /// <summary>True for a trust-board policy: one request, approved once for every school.</summary>
    public bool TrustWide { get; init; }

    /// <summary>The new version-history entry's <c>changes:</c> text.</summary>
    public string? Changes { get; init; }

    /// <summary>Whether the change is material (it changes what people must do).</summary>
    public bool Material { get; init; }

    /// <summary>The clause ids whose change is material.</summary>
    public IReadOnlyList<string> MaterialClauses { get; init; } = [];

    /// <summary>
    /// One per school; for a <see cref="TrustWide"/> proposal exactly one, the trust's own copy (its School and
    /// SchoolName name the trust).
    /// </summary>
    public required IReadOnlyList<ProposalDocument> Documents { get; init; }

    /// <summary>The chair of a trust-wide proposal's body (the trust board's); ignored for a school's.</summary>
    public ProposalContact? Chair { get; init; }

    /// <summary>The clerk of a trust-wide proposal's body; ignored for a school's.</summary>
    public ProposalContact? Clerk { get; init; }

    /// <summary>The policy's source file, named in messages about it.</summary>
    public string? SourcePath { get; init; }
}

/// <summary>One school's proposed version and redline, and who chairs and clerks the body that approves it.</summary>
/// <param name="BodyName">How the body is named on pages and emails, e.g. "Local governing body" or "Trust board".</param>
public sealed record ProposalDocument(string School, string SchoolName, string BodyName, ProposalContact? Chair, ProposalContact? Clerk, ProposalFiles Files);

/// <summary>A chair or clerk as the policy sources name them; either part may be missing.</summary>
public sealed record ProposalContact(string? Name, string? Email);

/// <summary>The files of one proposal, by role. Each is a file the build wrote, with the SHA-256 it recorded.</summary>
public sealed record ProposalFiles
{
    public CandidateFile? ProposedHtml { get; init; }

    public CandidateFile? ProposedPdf { get; init; }

    public CandidateFile? ProposedDocx { get; init; }

    public CandidateFile? RedlineDocx { get; init; }

    public CandidateFile? RedlineHtml { get; init; }

    public CandidateFile? RedlineMarkdown { get; init; }

    internal IEnumerable<(string Role, CandidateFile File)> ByRole()
    {
        (string, CandidateFile?)[] all =
        [
            (ProposalFileRoles.ProposedHtml, ProposedHtml), (ProposalFileRoles.ProposedPdf, ProposedPdf), (ProposalFileRoles.ProposedDocx, ProposedDocx),
            (ProposalFileRoles.RedlineDocx, RedlineDocx), (ProposalFileRoles.RedlineHtml, RedlineHtml), (ProposalFileRoles.RedlineMarkdown, RedlineMarkdown),
        ];
        return all.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!));
    }
}

/// <summary>One school's (or the trust's) outcome of uploading a proposal.</summary>
/// <param name="Scope">The school's id, or <see cref="ProposalScopes.Trust"/> for a trust-wide proposal.</param>
public sealed record ProposalUpload(string Scope, bool Uploaded, string? Problem);

/// <summary>What <see cref="ProposalPublisher.PublishAsync"/> did: per school, whether anything was uploaded, and every problem.</summary>
public sealed record ProposalReport(IReadOnlyList<ProposalUpload> Schools)
{
    public IReadOnlyList<string> Problems => Schools.Where(s => s.Problem is not null).Select(s => s.Problem!).ToList();
}
