using System.Text;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Html;
using PolicyKit.Sources.Loading;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Html;

/// <summary>
/// The example trust rendered as the HTML site the build publishes: out/&lt;school&gt;/&lt;policy&gt;.html,
/// out/&lt;school&gt;/index.html and out/index.html, written to a temporary folder.
/// </summary>
internal sealed class ExampleSite
{
    private ExampleSite(string root, Compilation compilation, IReadOnlyList<SitePage> pages)
    {
        Root = root;
        Compilation = compilation;
        Pages = pages;
    }

    public string Root { get; }

    public Compilation Compilation { get; }

    public IReadOnlyList<SitePage> Pages { get; }

    public static Compilation CompileExampleTrust()
    {
        var diagnostics = new DiagnosticBag();
        var compilation = Compiler.Compile(new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23)), diagnostics, CancellationToken.None);
        Assert.True(compilation is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics));
        return compilation;
    }

    public static ExampleSite Write(Compilation compilation, string root)
    {
        var pages = new List<SitePage>();
        var schools = compilation.Documents.GroupBy(d => d.School.Id, StringComparer.Ordinal).ToList();
        foreach (var school in schools)
        {
            var entries = new List<SchoolIndexEntry>();
            foreach (var planned in school)
            {
                var id = planned.Policy.Id;
                var html = HtmlRenderer.Render(planned.Document, new HtmlPageLinks($"{id}.pdf", $"{id}.docx", "index.html"));
                pages.Add(Save(root, $"{school.Key}/{id}.html", SitePageKind.Policy, html));
                var info = planned.Document.Info;
                entries.Add(new SchoolIndexEntry(info.Title, info.Status, info.Version, info.DateRatified, info.NextReview, $"{id}.html", $"{id}.pdf", $"{id}.docx"));
            }

            var first = school.First().Document.Info;
            var index = new SchoolIndexPage(first.Organisation, first.Branding, compilation.Sources.Trust.Name, entries, "../index.html");
            pages.Add(Save(root, $"{school.Key}/index.html", SitePageKind.SchoolIndex, HtmlSiteRenderer.RenderSchoolIndex(index)));
        }

        var trust = compilation.Sources.Trust;
        var logo = trust.Logo is null ? null : ImageReader.Read(trust.Logo, trust.LogoAlt, new DiagnosticBag());
        var trustIndex = new TrustIndexPage(
            trust.Name,
            logo,
            schools.Select(s => new TrustIndexEntry(s.First().School.Name, $"{s.Key}/index.html", s.Count())).ToList(),
            trust.Branding.ToModel());
        pages.Add(Save(root, "index.html", SitePageKind.TrustIndex, HtmlSiteRenderer.RenderTrustIndex(trustIndex)));
        return new ExampleSite(root, compilation, pages);
    }

    private static SitePage Save(string root, string relativePath, SitePageKind kind, string html)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new SitePage(relativePath, kind, path, html);
    }
}
