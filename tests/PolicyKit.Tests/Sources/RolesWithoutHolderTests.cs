using PolicyKit.Generator.Calendar;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Sources.Calendar;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>A role written as a post with no named holder (<c>title:</c> and no <c>name:</c>).</summary>
public sealed class RolesWithoutHolderTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public RolesWithoutHolderTests()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml
            .Replace("    name: Dee Pio\n", "    title: Data protection officer\n", StringComparison.Ordinal)
            .Replace("    name: Olu Ops\n", string.Empty, StringComparison.Ordinal));
    }

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void The_owner_row_prints_the_post_alone()
    {
        Assert.Equal("Director of Operations", Info().Owner);
    }

    [Fact]
    public void A_template_asking_for_the_holders_name_gets_the_post()
    {
        var body = Assert.Single(_trust.Compile().Compilation!.Documents).Document.Body;
        var report = body.Descendants().OfType<ListItem>().Single(i => i.Id == "report");

        Assert.Equal("Report a lost password to Data protection officer.", InlineText.Flatten(((Paragraph)report.Blocks[0]).Content));
    }

    [Fact]
    public void The_review_calendar_names_the_post_as_the_owner()
    {
        var sources = _trust.Compile().Compilation!.Sources;
        var plan = ReviewEventPlanner.Plan(sources, ReviewCalendar.For(sources, TrustFixture.Today), new CalendarState([]), new HashSet<string> { "alder" }, DateTimeOffset.UnixEpoch, null, () => "uid");

        Assert.Contains("Owner: Director of Operations.", Assert.Single(plan.Events).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chairs_post_with_no_holder_signs_under_its_role_without_printing_the_title_as_a_name()
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml
            .Replace("chair-of-governors: Cai Chair\n", "roles:\n  chair-of-governors:\n    title: Chair of the local governing body\n", StringComparison.Ordinal));

        var chair = Info().Signatories[^1];

        Assert.Equal(new Signatory("Chair of governors", string.Empty, new DateOnly(2025, 9, 3)), chair);
    }

    [Fact]
    public void A_role_with_neither_name_nor_title_still_asks_for_the_name()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml.Replace("    name: Dee Pio\n", string.Empty, StringComparison.Ordinal));

        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);

        Assert.Contains("'name'", diagnostic.Message, StringComparison.Ordinal);
    }

    private DocumentInfo Info()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        return Assert.Single(compilation!.Documents).Document.Info;
    }
}
