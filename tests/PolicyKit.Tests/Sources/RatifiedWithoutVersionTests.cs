using PolicyKit.Generator.Calendar;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Sources.Calendar;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>A policy whose records give the date it was ratified and no version number.</summary>
public sealed class RatifiedWithoutVersionTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    /// <summary>The fixture's policy with no version-history, and <paramref name="topLevel"/> in its front matter.</summary>
    internal static string WithoutHistory(string topLevel)
    {
        var start = TrustFixture.PolicyMd.IndexOf("version-history:", StringComparison.Ordinal);
        var end = TrustFixture.PolicyMd.IndexOf("---\n#", StringComparison.Ordinal);
        return TrustFixture.PolicyMd[..start] + topLevel + TrustFixture.PolicyMd[end..];
    }

    [Fact]
    public void Documents_print_the_ratification_and_no_version_row()
    {
        _trust.Write("passwords.md", WithoutHistory("ratified: 2024-06-12\nratified-by: governing-body\nminute-ref: FGB 2024/06 item 5\n"));

        var info = Info();

        Assert.Equal((string.Empty, new DateOnly(2024, 6, 12), "Governing body", "FGB 2024/06 item 5"), (info.Version, info.DateRatified, info.RatifiedBy, info.MinuteRef));
        var rows = PolicyMetadata.Rows(info, info.EffectiveLayout());
        Assert.Contains(rows, r => r == new MetadataRow("Date ratified", "12 June 2024", new DateOnly(2024, 6, 12)));
        Assert.DoesNotContain(rows, r => r.Label == "Version");
        Assert.Equal([new Signatory("Headteacher", "Hana Head", new DateOnly(2024, 6, 12)), new Signatory("Chair of governors", "Cai Chair", new DateOnly(2024, 6, 12))], info.Signatories);
        Assert.Empty(info.History);
    }

    [Fact]
    public void A_policy_with_neither_history_nor_ratification_is_still_a_draft()
    {
        _trust.Write("passwords.md", WithoutHistory(string.Empty));

        var info = Info();

        Assert.Equal(("draft", (DateOnly?)null), (info.Version, info.DateRatified));
        Assert.Contains(PolicyMetadata.Rows(info, info.EffectiveLayout()), r => r == new MetadataRow("Version", "draft"));
    }

    [Fact]
    public void The_next_review_follows_from_the_date_and_the_cycle()
    {
        _trust.Write("passwords.md", WithoutHistory("ratified: 2024-06-12\n").Replace("next-review: 2030-09-01\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2025, 6, 12), Info().NextReview);
    }

    [Fact]
    public void A_schools_own_ratified_date_without_a_version_is_the_schools_ratification()
    {
        _trust.Write("passwords.md", WithoutHistory(string.Empty));
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-01-20\nchair: Cara Chair");

        var info = Info();

        Assert.Equal((string.Empty, new DateOnly(2025, 1, 20)), (info.Version, info.DateRatified));
        Assert.Equal(new Signatory("Chair of governors", "Cara Chair", new DateOnly(2025, 1, 20)), info.Signatories[^1]);
    }

    [Fact]
    public void Status_and_the_review_calendar_give_the_date_without_a_version()
    {
        _trust.Write("passwords.md", WithoutHistory("ratified: 2024-06-12\n"));
        var sources = _trust.Compile().Compilation!.Sources;

        var entry = Assert.Single(ReviewCalendar.For(sources, TrustFixture.Today));
        var plan = ReviewEventPlanner.Plan(sources, [entry], new CalendarState([]), new HashSet<string> { "alder" }, DateTimeOffset.UnixEpoch, null, () => "uid");

        Assert.Equal((string.Empty, new DateOnly(2024, 6, 12), "Governing body"), (entry.Version, entry.DateRatified, entry.RatifiedBy));
        Assert.Contains("\nRatified 12 June 2024.\n", Assert.Single(plan.Events).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schools_version_for_a_policy_with_no_history_says_to_remove_it()
    {
        _trust.Write("passwords.md", WithoutHistory(string.Empty));
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-01-20\nversion: \"1.0\"");

        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);

        Assert.Equal($"{path}(2,10): error PK0509: 'passwords' keeps no version-history, so the school ratified it without a number; remove 'version: 1.0', or add a version-history with version 1.0 to {_trust.DisplayPath("passwords.md")} first.", diagnostic.ToString());
    }

    private DocumentInfo Info()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        return Assert.Single(compilation!.Documents).Document.Info;
    }
}
