using PolicyKit.Generator.Status;
using PolicyKit.Model.Document;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>What a school's records may leave out or give only roughly: month-only dates, version labels, no author.</summary>
public sealed class OptionalFieldsTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Theory]
    [InlineData("June 2030")]
    [InlineData("2030-06")]
    public void A_next_review_written_as_a_month_is_due_by_its_last_day_and_printed_as_the_month(string written)
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", $"next-review: {written}", StringComparison.Ordinal));

        var info = Info();

        Assert.Equal((new DateOnly(2030, 6, 30), true), (info.NextReview, info.NextReviewMonthOnly));
        Assert.Contains(Rows(info), r => r == new MetadataRow("Next review date", "June 2030", new DateOnly(2030, 6, 30), MonthOnly: true));
        var review = Assert.Single(ReviewCalendar.For(_trust.Compile().Compilation!.Sources, TrustFixture.Today));
        Assert.Equal((new DateOnly(2030, 6, 30), true), (review.NextReview, review.NextReviewMonthOnly));
    }

    [Fact]
    public async Task The_schools_policy_index_shows_a_month_review_as_the_month_and_the_version_by_its_label()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd
            .Replace("next-review: 2030-09-01", "next-review: June 2030", StringComparison.Ordinal)
            .Replace("  - version: \"1.0\"\n", "  - version: \"1.0\"\n    label: V1\n", StringComparison.Ordinal));

        var diagnostics = new PolicyKit.Model.Diagnostics.DiagnosticBag();
        var options = new PolicyKit.Generator.Building.BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = PolicyKit.Generator.Building.OutputFormats.Html };
        Assert.NotNull(await PolicyKit.Generator.Building.BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None));

        var index = await File.ReadAllTextAsync(Path.Combine(_trust.OutputRoot, "alder", "index.html"));
        Assert.Contains("<td>V1</td>", index, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2030-06\">June 2030</time>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schools_own_next_review_may_be_a_month()
    {
        _trust.Write("schools/alder/overrides/passwords.yaml", "next-review: March 2029");

        var info = Info();

        Assert.Equal((new DateOnly(2029, 3, 31), true), (info.NextReview, info.NextReviewMonthOnly));
    }

    [Fact]
    public void History_dates_written_as_months_keep_the_first_day_and_print_without_the_day()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd
            .Replace("date: 2025-07-01", "date: 2025-07", StringComparison.Ordinal)
            .Replace("implemented: 2025-09-04", "implemented: September 2025", StringComparison.Ordinal));

        var info = Info();

        var entry = Assert.Single(info.History);
        Assert.Equal((new DateOnly(2025, 7, 1), true, new DateOnly(2025, 9, 1), true), (entry.ReviewDate, entry.DateMonthOnly, entry.DateImplemented, entry.ImplementedMonthOnly));
        var layout = info.EffectiveLayout();
        var row = Assert.Single(layout.ChangeLog!.Rows);
        Assert.Equal(["1.0", "07/2025", "TC", "First version.", "03/09/2025", "09/2025"], row.Select(v => v.Text));
        Assert.Equal(["07/2025", "03/09/2025", "09/2025"], row.Where(v => v.Date is not null).Select(v => layout.Print(v, DateFormat.Short)));
        Assert.Equal(["July 2025", "3 September 2025", "September 2025"], row.Where(v => v.Date is not null).Select(v => layout.Print(v, DateFormat.Long)));
    }

    [Fact]
    public void A_month_printed_under_one_date_format_drops_its_day()
    {
        var layout = BuiltInLayout.For(Info()) with { Dates = DateFormat.Long };
        var value = new LayoutValue("June 2030", new DateOnly(2030, 6, 30), MonthOnly: true);

        Assert.Equal("June 2030", layout.Print(value, DateFormat.Short));
    }

    [Fact]
    public void A_version_label_is_printed_where_the_version_is_and_the_number_stays_its_identity()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("  - version: \"1.0\"\n", "  - version: \"1.0\"\n    label: \"Version 1:1\"\n", StringComparison.Ordinal));

        var info = Info();

        Assert.Equal(("1.0", "Version 1:1"), (info.Version, info.VersionLabel));
        Assert.Contains(Rows(info), r => r == new MetadataRow("Version", "Version 1:1"));
        Assert.Equal("Version 1:1", info.EffectiveLayout().ChangeLog!.Rows[0][0].Text);
        Assert.Equal("1.0", Assert.Single(info.History).Version);
    }

    [Fact]
    public void Without_written_by_the_written_by_row_is_left_out()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("written-by: Trust central team\n", string.Empty, StringComparison.Ordinal));

        var info = Info();

        Assert.Null(info.WrittenBy);
        Assert.DoesNotContain(Rows(info), r => r.Label == "Written by");
        Assert.Equal(["Policy status", "Owner"], Rows(info).Take(2).Select(r => r.Label));
    }

    [Fact]
    public void A_month_that_is_not_a_month_is_a_positioned_error()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", "next-review: Juen 2030", StringComparison.Ordinal));

        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);

        Assert.Equal($"{path}(9,14): error PK0104: 'next-review' must be a date written as YYYY-MM-DD, e.g. 2025-09-03, or a month written as YYYY-MM or June 2025.", diagnostic.ToString());
    }

    private static IReadOnlyList<MetadataRow> Rows(DocumentInfo info) => PolicyMetadata.Rows(info, info.EffectiveLayout());

    private DocumentInfo Info()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        return Assert.Single(compilation!.Documents).Document.Info;
    }
}
