using System.Text.RegularExpressions;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Building;

/// <summary>Where a build puts each output, and that the pages it writes link to the files beside them.</summary>
public sealed partial class OutputLayoutTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void Each_school_gets_a_folder_of_its_policies_with_an_index_and_a_statutory_policies_page_and_the_trust_an_index_above()
    {
        var written = Build(OutputFormats.Docx | OutputFormats.Html);

        Assert.Equal(["alder/index.html", "alder/passwords.docx", "alder/passwords.html", "alder/statutory-policies.html", "index.html"], written);
    }

    [Fact]
    public void Every_link_between_the_built_pages_names_a_file_the_build_wrote()
    {
        var written = Build(OutputFormats.Docx | OutputFormats.Html);

        var links = written.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(page => LocalLinks(page).Select(link => (Page: page, Target: Resolve(page, link))))
            .ToList();
        Assert.Contains(links, l => l is { Page: "index.html", Target: "alder/index.html" });
        Assert.Contains(links, l => l is { Page: "alder/index.html", Target: "index.html" });
        Assert.Contains(links, l => l is { Page: "alder/index.html", Target: "alder/passwords.docx" });
        Assert.Contains(links, l => l is { Page: "alder/passwords.html", Target: "alder/passwords.docx" });
        Assert.Contains(links, l => l is { Page: "alder/index.html", Target: "alder/statutory-policies.html" });
        Assert.Contains(links, l => l is { Page: "alder/statutory-policies.html", Target: "alder/index.html" });
        Assert.All(links, l => Assert.True(written.Contains(l.Target), $"{l.Page} links to {l.Target}, which the build did not write."));
    }

    private List<string> Build(OutputFormats formats)
    {
        var diagnostics = new DiagnosticBag();
        var result = BuildRunner.RunAsync(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = formats }, diagnostics, null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.Empty(diagnostics);
        return result!.WrittenFiles.Select(f => Path.GetRelativePath(_trust.OutputRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }

    // Links within the site: not to another site, a mail address or a place on the same page.
    private IEnumerable<string> LocalLinks(string page) =>
        Href().Matches(File.ReadAllText(Path.Combine(_trust.OutputRoot, page)))
            .Select(m => m.Groups[1].Value)
            .Where(link => !link.Contains(':', StringComparison.Ordinal) && !link.StartsWith('#'));

    private static string Resolve(string page, string link)
    {
        var folder = Path.GetDirectoryName(page) ?? string.Empty;
        var full = Path.GetFullPath(Path.Combine("/site", folder, link.Split('#')[0]));
        return Path.GetRelativePath("/site", full).Replace('\\', '/');
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
