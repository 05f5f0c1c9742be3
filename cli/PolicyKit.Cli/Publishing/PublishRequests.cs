using PolicyKit.Generator.Building;
using PolicyKit.Model.Document;
using PolicyKit.SignOff.Publishing;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Cli.Publishing;

/// <summary>
/// Turns a finished build into what the sign-off service publishes: one candidate per document with only the files
/// the build vouched for, and each school's profile (name, colours, logo, address, business manager) from the same
/// sources. The sign-off library never sees the sources or the build itself.
/// </summary>
internal static class PublishRequests
{
    /// <summary>The role whose holder hears about declines and about who is still outstanding after a deadline.</summary>
    public const string BusinessManagerRole = "business-manager";

    public static PublishRequest From(BuildResult build, string? emailTemplatesFolder)
    {
        var session = build.Session ?? throw new ArgumentException("The build stopped before it checked the sources.", nameof(build));
        var documents = build.Documents.Select(d => Candidate(session, d)).ToList();
        var schools = build.Documents.Select(d => d.School).DistinctBy(s => s.Id).Select(s => ProfileOf(session, s)).ToList();
        return new PublishRequest(documents, schools, emailTemplatesFolder);
    }

    private static ReleaseCandidate Candidate(BuildSession session, BuiltDocument document) => new()
    {
        School = document.School.Id,
        Policy = document.Policy.Id,
        Title = document.Policy.Title,
        // The same fallback as the document itself prints (DocumentInfoFactory).
        Version = PolicyVersions.For(session.Sources, document.School, document.Policy).Current?.Version ?? "draft",
        InputHash = document.InputHash,
        SourcePath = document.Policy.Path,
        RequiredFrom = document.Policy.Acceptance?.RequiredFrom ?? [],
        Statements = document.Policy.Acceptance?.Statements ?? [],
        Files = document.Files.Select(f => new CandidateFile(f.Path, f.Sha256)).ToList(),
    };

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
