namespace PolicyKit.SignOff.Publishing;

/// <summary>Everything one publish uploads.</summary>
/// <param name="EmailTemplatesFolder">templates/email of the trust, or null to leave the published templates alone.</param>
public sealed record PublishRequest(IReadOnlyList<ReleaseCandidate> Documents, IReadOnlyList<SchoolProfile> Schools, string? EmailTemplatesFolder)
{
    /// <summary>Each school's review calendar, served at the school's secret calendar address; none leaves the published ones alone.</summary>
    public IReadOnlyList<SchoolCalendar> Calendars { get; init; } = [];
}
