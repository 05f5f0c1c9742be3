using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Modelling;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>trust.yaml's <c>review-reminders:</c>: when the sign-off service reminds people of a review.</summary>
public sealed class ReviewRemindersSourceTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_trust_without_the_section_is_reminded_60_30_and_7_days_before_then_weekly()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml);

        var (sources, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal([60, 30, 7], sources!.Trust.ReviewReminders.BeforeDays);
        Assert.Equal(7, sources.Trust.ReviewReminders.OverdueEveryDays);
    }

    [Fact]
    public void A_trust_sets_its_own_thresholds_in_any_order_and_they_are_kept_furthest_first()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nreview-reminders:\n  before-days: [14, 90, 0]\n  overdue-every-days: 14\n");

        var (sources, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal([90, 14, 0], sources!.Trust.ReviewReminders.BeforeDays);
        Assert.Equal(14, sources.Trust.ReviewReminders.OverdueEveryDays);
    }

    [Fact]
    public void Unusable_thresholds_are_errors_at_their_line_saying_what_to_write()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nreview-reminders:\n  before-days: [60, sixty, 60, 400]\n  overdue-every-days: 0\n  overdue-evry-days: 7\n");
        // before-days is two lines below the fixture's last line.
        var line = TrustFixture.TrustYaml.Split('\n').Length + 2;

        var (_, diagnostics) = Load();

        var messages = diagnostics.Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column} {d.Message}").ToList();
        Assert.Contains($"PK0108 {line}:21 'before-days' must list whole numbers of days from 0 to 366, such as [60, 30, 7]; 'sixty' is not one.", messages);
        Assert.Contains($"PK0108 {line}:28 'before-days' lists 60 twice; keep one.", messages);
        Assert.Contains($"PK0108 {line}:32 'before-days' must list whole numbers of days from 0 to 366, such as [60, 30, 7]; '400' is not one.", messages);
        Assert.Contains($"PK0108 {line + 1}:23 'overdue-every-days' must be between 1 and 366 days (it is 0); 7 reminds people weekly once a review is overdue.", messages);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Message.Contains("overdue-evry-days", StringComparison.Ordinal) && d.Message.Contains("overdue-every-days", StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_thresholds_does_not_change_any_document_s_input_hash()
    {
        // No document prints them, so a trust can retune reminders without publishing every policy again.
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nroster-groups:\n  teacher: staff\n");
        var before = InputHash(Load().Sources!);

        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\n# When people are reminded of reviews.\nreview-reminders:\n  before-days: [90, 30]\n  overdue-every-days: 14\nroster-groups:\n  teacher: staff\n");
        var after = Load().Sources!;

        Assert.Equal([90, 30], after.Trust.ReviewReminders.BeforeDays);
        Assert.Equal(before, InputHash(after));
    }

    private (SourceSet? Sources, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(_trust.Root, diagnostics);
        return (sources, diagnostics.ToList());
    }

    private static string InputHash(SourceSet sources) =>
        new InputHasher(sources).HashOf(sources.Schools.Single(), sources.Policies.Single(), "extra");
}
