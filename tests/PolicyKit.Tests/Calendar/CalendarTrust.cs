using Microsoft.Extensions.Time.Testing;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Calendar;

/// <summary>The small test trust with a second school and policy, and a fake clock for the calendar's stamps.</summary>
internal sealed class CalendarTrust : IDisposable
{
    public static readonly DateTimeOffset FirstRun = new(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);

    public const string SecondPolicyMd = """
        ---
        id: online-safety
        title: Online safety
        statutory: true
        written-by: Trust central team
        owner-role: data-protection-officer
        approved-by: trust-board
        review-cycle: annual
        next-review: 2030-03-31
        version-history:
          - version: "2.0"
            date: 2025-06-01
            by: TC
            changes: Rewritten.
            ratified: 2025-06-20
        ---
        # Online safety {#online-safety}

        1. Pupils use filtered internet access at {{ school.name }}. {#filtering}
        """;

    public CalendarTrust()
    {
        Trust.Write("online-safety.md", SecondPolicyMd);
        Trust.Write("schools/birch/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: birch").Replace("name: Alder School", "name: Birch Academy"));
        Trust.Write("schools/birch/overrides/passwords.yaml", "next-review: 2030-10-15\n");
    }

    public TrustFixture Trust { get; } = new();

    public FakeTimeProvider Clock { get; } = new(FirstRun);

    public string OutputFolder => Path.Combine(Trust.OutputRoot, "calendar");

    public string StatePath => CalendarStateFile.PathIn(Trust.Root);

    public CalendarExportResult Export(params string[] schools)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(Trust.Root, diagnostics);
        var state = CalendarStateFile.Load(Trust.Root, diagnostics);
        Assert.Empty(diagnostics);
        var options = new CalendarExportOptions(OutputFolder) { Schools = schools, SiteUrl = new Uri("https://policies.trust.example/site") };
        var result = CalendarExport.Write(sources!, state!, options, Clock, diagnostics);
        Assert.Empty(diagnostics);
        return result!;
    }

    public Ical.Net.Calendar Read(string fileName) => Ical.Net.Calendar.Load(File.ReadAllText(Path.Combine(OutputFolder, fileName)))!;

    public void Dispose() => Trust.Dispose();
}
