using System.Security.Cryptography;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Ratifying;

/// <summary>Building a proposed version as itself, to send to the body that ratifies it.</summary>
public sealed class ProposedBuildTests : IDisposable
{
    private const string Notice = "Proposed version 1.1, awaiting ratification by the Governing body. It is not in force: version 1.0 applies until it is ratified.";

    private readonly TrustFixture _trust = new();

    public ProposedBuildTests()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace(
            "    implemented: 2025-09-04\n",
            "    implemented: 2025-09-04\n  - version: \"1.1\"\n    date: 2026-10-01\n    by: TC\n    changes: Longer passwords.\n    status: proposed\n",
            StringComparison.Ordinal));
    }

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void With_show_proposed_a_policy_is_built_as_its_proposed_version_with_a_notice_and_no_ratification_or_signatures()
    {
        var info = Compile(showProposed: true);

        Assert.Equal("1.1", info.Version);
        Assert.Equal(Notice, info.ProposedNotice);
        Assert.Null(info.DateRatified);
        Assert.Empty(info.Signatories);
        Assert.Equal(["1.0", "1.1"], info.History.Select(h => h.Version));
        Assert.Null(info.History[^1].DateRatified);
    }

    [Fact]
    public void Without_show_proposed_the_version_in_force_is_built_as_before()
    {
        var info = Compile(showProposed: false);

        Assert.Equal("1.0", info.Version);
        Assert.Null(info.ProposedNotice);
        Assert.NotEmpty(info.Signatories);
    }

    [Fact]
    public async Task A_proposed_build_writes_each_schools_documents_with_the_notice_and_gives_their_sha256()
    {
        var folder = Path.Combine(_trust.OutputRoot, "proposed");
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = folder, Policies = ["passwords"], Formats = OutputFormats.Docx | OutputFormats.Html, ShowProposed = true };

        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var document = Assert.Single(result!.Documents);
        var docx = document.File("docx")!;
        var html = document.File("html")!;
        foreach (var file in new[] { docx, html })
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.Path))), file.Sha256);
        }

        Assert.Contains(Notice, DocxText.Paragraphs(docx.Path));
        Assert.Contains($"<p class=\"proposed-notice\" role=\"note\"><strong>{Notice}</strong></p>", File.ReadAllText(html.Path), StringComparison.Ordinal);
        Assert.DoesNotContain("Signed", DocxText.Paragraphs(docx.Path));
    }

    private PolicyKit.Model.Document.DocumentInfo Compile(bool showProposed)
    {
        var diagnostics = new DiagnosticBag();
        var compilation = Compiler.Compile(new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, ShowProposed = showProposed }, diagnostics, CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return Assert.Single(compilation!.Documents).Document.Info;
    }
}
