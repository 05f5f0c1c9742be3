using PolicyKit.Cli.Publishing;
using PolicyKit.Generator.Building;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Calendar;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Building;

/// <summary>A school with no trust: trust.yaml says <c>standalone: true</c> and describes the school itself.</summary>
public sealed class StandaloneSchoolTests : IDisposable
{
    /// <summary>The fixture's trust and school in one file, under the school's name.</summary>
    internal const string StandaloneYaml = """
        standalone: true
        id: alder
        name: Alder School
        motto: Growing together
        address: [1 Alder Road, Testville, TE1 1ST]
        phone: 01632 960001
        email: office@alder.example
        website: www.alder.example
        headteacher: Hana Head
        chair-of-governors: Cai Chair
        numbering: alpha
        roles:
          data-protection-officer:
            name: Dee Pio
            email: dpo@alder.example
          director-of-operations:
            name: Olu Ops
            title: Director of Operations
        settings:
          password-min-length: 8
          cashless-catering: false
          monitoring-product: Watchful
        """;

    private readonly TrustFixture _trust = new();

    public StandaloneSchoolTests()
    {
        _trust.Write("trust.yaml", StandaloneYaml);
        Directory.Delete(Path.Combine(_trust.Root, "schools"), recursive: true);
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("1. Report a lost password to", "1. At {{ trust.name }}, report a lost password to", StringComparison.Ordinal));
    }

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_schools_keys_in_trust_yaml_without_standalone_say_to_add_it()
    {
        _trust.Write("trust.yaml", StandaloneYaml.Replace("standalone: true\n", string.Empty, StringComparison.Ordinal));

        var (_, diagnostics) = _trust.Compile();

        var headteacher = Assert.Single(diagnostics, d => d.Message.StartsWith("unknown key 'headteacher'", StringComparison.Ordinal));
        Assert.Equal(
            "unknown key 'headteacher' in trust.yaml: 'headteacher' belongs to a school; for a school with no trust, add 'standalone: true' to trust.yaml, otherwise put it in schools/<school-id>/school.yaml.",
            headteacher.Message);
        Assert.Equal(8, headteacher.Span.Line);
    }

    [Fact]
    public void It_builds_as_one_school_whose_trust_name_is_its_own()
    {
        var (result, diagnostics) = Build();

        Assert.Empty(diagnostics);
        var document = Assert.Single(result!.Documents);
        Assert.Equal(("alder", "Alder School"), (document.School.Id, document.School.Name));
        Assert.True(File.Exists(Path.Combine(_trust.OutputRoot, "alder", "passwords.docx")));
        var html = File.ReadAllText(Path.Combine(_trust.OutputRoot, "alder", "passwords.html"));
        Assert.Contains("At Alder School, report a lost password to Dee Pio.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_opens_on_the_schools_own_policies_linked_into_its_folder()
    {
        Build();

        var site = File.ReadAllText(Path.Combine(_trust.OutputRoot, "index.html"));
        var own = File.ReadAllText(Path.Combine(_trust.OutputRoot, "alder", "index.html"));

        Assert.Contains("href=\"alder/passwords.html\"", site, StringComparison.Ordinal);
        Assert.Contains("href=\"passwords.html\"", own, StringComparison.Ordinal);
        Assert.All(new[] { site, own }, page =>
        {
            Assert.Contains("The policies of Alder School. Read each one", page, StringComparison.Ordinal);
            Assert.DoesNotContain("All schools", page, StringComparison.Ordinal);
            Assert.DoesNotContain("part of", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_calendar_is_the_schools_own_without_a_trust_calendar()
    {
        var sources = _trust.Compile().Compilation!.Sources;
        var folder = Path.Combine(_trust.OutputRoot, "calendar");

        var result = CalendarExport.Write(sources, new CalendarState([]), new CalendarExportOptions(folder), TimeProvider.System, new DiagnosticBag());

        Assert.Equal([Path.Combine(folder, "alder.ics")], result!.Files);
    }

    [Fact]
    public void Publishing_asks_for_the_one_school_under_its_own_name()
    {
        var (result, _) = Build();

        var request = PublishRequests.From(result!, null);

        Assert.Equal(["alder"], request.Documents.Select(d => d.School));
        Assert.Equal("Alder School", Assert.Single(request.Schools).Name);
    }

    [Fact]
    public void The_schools_overrides_sit_beside_trust_yaml()
    {
        _trust.Write("overrides/passwords.yaml", "ratified: 2025-10-01\nchair: Cara Chair");

        var info = Assert.Single(_trust.Compile().Compilation!.Documents).Document.Info;

        Assert.Equal(new DateOnly(2025, 10, 1), info.DateRatified);
    }

    private (BuildResult? Result, DiagnosticBag Diagnostics) Build()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = OutputFormats.Docx | OutputFormats.Html };
        var result = BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None).GetAwaiter().GetResult();
        return (result, diagnostics);
    }
}
