namespace PolicyKit.SignOff.Publishing;

/// <summary>Everything one publish uploads.</summary>
/// <param name="EmailTemplatesFolder">templates/email of the trust, or null to leave the published templates alone.</param>
/// <param name="Reviews">Each school's review dates and who to remind of them; a school not listed keeps the schedule it had.</param>
public sealed record PublishRequest(IReadOnlyList<ReleaseCandidate> Documents, IReadOnlyList<SchoolProfile> Schools, string? EmailTemplatesFolder, IReadOnlyList<Reviews.ReviewSchedule>? Reviews = null)
{
    /// <summary>Each school's review calendar, served at the school's secret calendar address; none leaves the published ones alone.</summary>
    public IReadOnlyList<SchoolCalendar> Calendars { get; init; } = [];

    /// <summary>Each school's statutory policies for the dashboard; a school not listed keeps the snapshot it had.</summary>
    public IReadOnlyList<Coverage.CoverageSnapshot> Coverage { get; init; } = [];
}
