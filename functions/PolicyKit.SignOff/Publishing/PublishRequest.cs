namespace PolicyKit.SignOff.Publishing;

/// <summary>Everything one publish uploads.</summary>
/// <param name="EmailTemplatesFolder">templates/email of the trust, or null to leave the published templates alone.</param>
public sealed record PublishRequest(IReadOnlyList<ReleaseCandidate> Documents, IReadOnlyList<SchoolProfile> Schools, string? EmailTemplatesFolder);
