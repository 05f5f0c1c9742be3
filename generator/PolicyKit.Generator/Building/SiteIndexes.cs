using System.Security.Cryptography;
using System.Text;
using PolicyKit.Generator.Coverage;
using PolicyKit.Generator.Status;
using PolicyKit.Rendering.Html;

namespace PolicyKit.Generator.Building;

/// <summary>
/// The policy site's index pages: out/&lt;school&gt;/index.html listing a school's policies,
/// out/&lt;school&gt;/statutory-policies.html showing its statutory policies, and out/index.html listing the schools.
/// Each is written only when its content changed, so a no-change build writes nothing.
/// </summary>
internal static class SiteIndexes
{
    public static List<string> Write(BuildSession session, BuildManifest manifest, BuildOptions options, IProgress<BuildProgress>? progress)
    {
        var pdfAvailable = options.Formats.HasFlag(OutputFormats.Pdf);
        var calendar = ReviewCalendar.For(session.Sources, options.Today);
        var coverage = CoverageReport.For(session.Sources, calendar).ToDictionary(c => c.SchoolId, StringComparer.Ordinal);
        var schools = session.Targets.Select(t => t.School).Distinct().ToList();
        var standalone = session.Sources.Trust.Standalone;
        var pages = schools
            .Select(school => (OutputPaths.SchoolIndex(school.Id), SchoolIndex(session, school, calendar, pdfAvailable, options.Formats, folder: string.Empty)))
            .Concat(schools.Select(school => (OutputPaths.StatutoryPolicies(school.Id), CoveragePages.Render(session, school, coverage[school.Id]))))
            .Append((OutputPaths.IndexPage, standalone
                // A stand-alone school's site opens on its own policies, linked into its folder, not a list of one school.
                ? SchoolIndex(session, session.Sources.Schools[0], calendar, pdfAvailable, options.Formats, folder: session.Sources.Schools[0].Id + "/")
                : HtmlSiteRenderer.RenderTrustIndex(new TrustIndexPage(
                    session.Sources.Trust.Name,
                    session.TrustLogo(),
                    session.Sources.Schools.Select(s => new TrustIndexEntry(s.Name, OutputPaths.SchoolIndex(s.Id), session.Sources.Policies.Count)).ToList(),
                    session.Sources.Trust.Branding.ToModel()))))
            .ToList();

        var written = new List<string>();
        foreach (var (relative, html) in pages)
        {
            var bytes = Encoding.UTF8.GetBytes(html);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (manifest.IsUpToDate(options.OutputRoot, relative, hash))
            {
                continue;
            }

            AtomicFile.Write(OutputPaths.OnDisk(options.OutputRoot, relative), stream => stream.Write(bytes));
            manifest.Record(options.OutputRoot, relative, hash);
            written.Add(relative);
            progress?.Report(new BuildProgress(BuildStage.WritingIndexes, written.Count, pages.Count, relative));
        }

        return written;
    }

    /// <param name="folder">The school's folder relative to the page: empty for its own index, "id/" for a stand-alone school's out/index.html.</param>
    private static string SchoolIndex(BuildSession session, Sources.Loading.SchoolSource school, IReadOnlyList<ReviewCalendarEntry> calendar, bool pdfAvailable, OutputFormats formats, string folder)
    {
        var standalone = session.Sources.Trust.Standalone;
        return HtmlSiteRenderer.RenderSchoolIndex(new SchoolIndexPage(
            new Model.Document.Organisation(school.Name, school.Motto, session.LogoOf(school), school.Sites),
            session.Sources.BrandingFor(school),
            standalone ? null : session.Sources.Trust.Name,
            calendar.Where(e => e.SchoolId == school.Id && session.Sources.FindPolicy(e.PolicyId)?.OnWebsite != false).OrderBy(e => e.PolicyTitle, StringComparer.Ordinal).Select(e => Entry(e, session, pdfAvailable, formats, folder)).ToList(),
            standalone ? null : OutputPaths.TrustIndexFromSchool)
        {
            StatutoryPoliciesHref = folder + OutputPaths.StatutoryPoliciesPage,
        });
    }

    private static SchoolIndexEntry Entry(ReviewCalendarEntry entry, BuildSession session, bool pdfAvailable, OutputFormats formats, string folder)
    {
        var policy = session.Sources.FindPolicy(entry.PolicyId)!;
        return new SchoolIndexEntry(
            entry.PolicyTitle,
            policy.Statutory ? "Statutory" : "Non-statutory",
            // As the documents print it: the version's label where it has one.
            entry.Versions?.Current?.Entry.Label ?? entry.Version,
            entry.DateRatified,
            entry.NextReview ?? DateOnly.MinValue,
            folder + OutputPaths.FileName(entry.PolicyId, OutputFormats.Html),
            pdfAvailable ? folder + OutputPaths.FileName(entry.PolicyId, OutputFormats.Pdf) : null,
            formats.HasFlag(OutputFormats.Docx) ? folder + OutputPaths.FileName(entry.PolicyId, OutputFormats.Docx) : null)
        {
            NextReviewMonthOnly = entry.NextReviewMonthOnly,
        };
    }
}
