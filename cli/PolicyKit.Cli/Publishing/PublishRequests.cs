using PolicyKit.Generator.Building;
using PolicyKit.Generator.Coverage;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.SignOff.Coverage;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Cli.Publishing;

/// <summary>
/// Turns a finished build into what the sign-off service publishes: one candidate per document with only the files
/// the build vouched for, each school's profile (name, colours, logo, address, business manager) and each school's
/// review schedule (every policy's review date from the review calendar, its owner and the clerk to governors) from
/// the same sources. The sign-off library never sees the sources or the build itself.
/// </summary>
internal static class PublishRequests
{
    /// <summary>The role whose holder hears about declines and about who is still outstanding after a deadline.</summary>
    public const string BusinessManagerRole = "business-manager";

    /// <summary>The role whose holder is reminded, with each policy's owner, of every review date.</summary>
    public const string ClerkRole = "clerk-to-governors";

    public static PublishRequest From(BuildResult build, string? emailTemplatesFolder)
    {
        var session = build.Session ?? throw new ArgumentException("The build stopped before it checked the sources.", nameof(build));
        var documents = build.Documents.Select(d => Candidate(session, d)).ToList();
        var schools = build.Documents.Select(d => d.School).DistinctBy(s => s.Id).Select(s => ProfileOf(session, s)).ToList();
        var reviews = build.Documents.Select(d => d.School).DistinctBy(s => s.Id).Select(s => ScheduleOf(session.Sources, s)).ToList();
        return new PublishRequest(documents, schools, emailTemplatesFolder, reviews);
    }

    /// <summary>
    /// Each built school's statutory policies for the dashboard. Only what holds whatever the day is goes: the
    /// dashboard works out from each next review date whether a review is overdue on the day it is looked at.
    /// </summary>
    public static IReadOnlyList<CoverageSnapshot> CoverageOf(BuildResult build, DateOnly today)
    {
        var session = build.Session ?? throw new ArgumentException("The build stopped before it checked the sources.", nameof(build));
        var built = build.Documents.Select(d => d.School.Id).ToHashSet(StringComparer.Ordinal);
        return CoverageReport.For(session.Sources, today).Where(c => built.Contains(c.SchoolId)).Select(SnapshotOf).ToList();
    }

    internal static CoverageSnapshot SnapshotOf(SchoolCoverage coverage) =>
        new(coverage.SchoolId, coverage.SchoolName, coverage.SchoolType, coverage.Lines.Select(line => new CoverageEntry(
            line.Requirement.Id,
            line.Requirement.Name,
            line.Requirement.Level == RequirementLevel.Required,
            line.PolicyId,
            line.PolicyTitle,
            // An overdue policy was ratified; its review date, not the state on the day of publishing, says it is overdue.
            Ratified: line.State is CoverageState.Covered or CoverageState.Overdue,
            line.NextReview,
            line.Requirement.MustPublish,
            line.OnWebsite)).ToList());

    /// <summary>
    /// Reports every document ratified without a version number: the service keeps each published version for ever
    /// under its number, and records who signed which, so publishing one needs a number.
    /// </summary>
    /// <returns>True when every document has a version to publish under.</returns>
    public static bool CheckVersionNumbers(BuildResult build, DiagnosticBag diagnostics)
    {
        var session = build.Session ?? throw new ArgumentException("The build stopped before it checked the sources.", nameof(build));
        var ok = true;
        foreach (var document in build.Documents)
        {
            var versions = PolicyVersions.For(session.Sources, document.School, document.Policy);
            if (versions.VersionInForce.Length > 0)
            {
                continue;
            }

            ok = false;
            var policy = document.Policy;
            var span = versions.Unversioned!.BySchool
                ? session.Sources.FindOverride(document.School.Id, policy.Id)!.RatifiedSpan
                : policy.Ratified!.Span;
            diagnostics.Error(
                DiagnosticCodes.VersionNumberNeeded,
                span,
                $"{policy.Id} is ratified at {document.School.Name} without a version number, and publishing keeps each version for ever under its number: give {policy.Path} a version-history entry (version: \"1.0\", with its date, by, changes and this ratified: date), then publish again.");
        }

        return ok;
    }

    private static ReleaseCandidate Candidate(BuildSession session, BuiltDocument document)
    {
        var versions = PolicyVersions.For(session.Sources, document.School, document.Policy);
        return new()
        {
            School = document.School.Id,
            Policy = document.Policy.Id,
            Title = document.Policy.Title,
            // The same fallback as the document itself prints (DocumentInfoFactory).
            Version = versions.Current?.Version ?? "draft",
            InputHash = document.InputHash,
            SourcePath = document.Policy.Path,
            RequiredFrom = document.Policy.Acceptance?.RequiredFrom ?? [],
            Statements = document.Policy.Acceptance?.Statements ?? [],
            Files = document.Files.Select(f => new CandidateFile(f.Path, f.Sha256)).ToList(),
            Change = ChangeOf(versions, document.Policy),
        };
    }

    /// <summary>
    /// What the version in force changes since the one in force before it at this school (the latest superseded entry
    /// listed before it): the service asks that version's signers to sign again when the change is material.
    /// </summary>
    private static VersionChange? ChangeOf(PolicyVersions versions, PolicySource policy)
    {
        if (versions.Current is not { } current)
        {
            return null;
        }

        var index = versions.Versions.ToList().IndexOf(current);
        var earlier = versions.Versions.Take(index).Where(v => v.Status == VersionStatus.Superseded).Reverse().Select(v => new EarlierVersion(v.Version, v.Entry.IsMaterial, v.Entry.Changes)).ToList();
        var entry = current.Entry;
        return new VersionChange(entry.IsMaterial, earlier.FirstOrDefault()?.Version, entry.Changes, MaterialClauseHeadings.In(policy.Body, entry.MaterialClauses.Select(c => c.Id))) { Earlier = earlier };
    }

    /// <summary>
    /// Every policy of the school with its review date as the review calendar gives it (the school's own date when it
    /// has one), so the service reminds people of exactly the dates <c>status</c> shows. The whole school is sent
    /// whatever the build was limited to, because the service replaces the school's schedule whole.
    /// </summary>
    private static ReviewSchedule ScheduleOf(SourceSet sources, SchoolSource school)
    {
        var roles = sources.RolesFor(school);
        var owners = sources.Policies.ToDictionary(p => p.Id, p => p.OwnerRole, StringComparer.Ordinal);
        // Only the dates are used, not the calendar's "overdue" or "due soon", so the day compared with does not matter.
        var reviews = ReviewCalendar.For(sources, DateOnly.MinValue)
            .Where(e => e.SchoolId == school.Id && e.NextReview is not null)
            .Select(e =>
            {
                var ownerRole = owners.GetValueOrDefault(e.PolicyId);
                return new ScheduledReview(e.PolicyId, e.PolicyTitle, e.Version, e.NextReview!.Value, ownerRole, Contact(ownerRole is null ? null : roles.GetValueOrDefault(ownerRole)));
            })
            .OrderBy(r => r.Policy, StringComparer.Ordinal)
            .ToList();
        var rules = sources.Trust.ReviewReminders;
        return new ReviewSchedule(school.Id, new ReviewReminderRules(rules.BeforeDays, rules.OverdueEveryDays), Contact(roles.GetValueOrDefault(ClerkRole)), reviews);
    }

    private static SchoolContact? Contact(RoleHolder? holder) => holder is null ? null : new SchoolContact(holder.Name, holder.Title, holder.Email);

    private static SchoolProfile ProfileOf(BuildSession session, SchoolSource school)
    {
        var branding = session.Sources.BrandingFor(school);
        var logo = session.LogoOf(school);
        var site = school.Sites.Count > 0 ? school.Sites[0] : null;
        var manager = session.Sources.RolesFor(school).GetValueOrDefault(BusinessManagerRole);
        return new SchoolProfile(
            school.Id,
            school.Name,
            branding.PrimaryColour,
            branding.AccentColour,
            logo is null ? null : Convert.ToBase64String(logo.Bytes.Span),
            logo?.Format switch { ImageFormat.Png => "image/png", ImageFormat.Jpeg => "image/jpeg", _ => null },
            logo?.AltText,
            site is null ? null : string.Join(", ", site.AddressLines),
            school.Email ?? site?.Email,
            manager is null ? null : new SchoolContact(manager.Name, manager.Title, manager.Email),
            session.Sources.RosterGroupsFor(school));
    }
}
