using System.Text.RegularExpressions;
using PolicyKit.Generator.Coverage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Coverage;

/// <summary>PolicyKit's built-in list of statutory policies: cited, consistent, and described in docs/coverage.md.</summary>
public sealed partial class StatutoryListTests
{
    [Fact]
    public void Every_entry_cites_a_gov_uk_or_legislation_gov_uk_source()
    {
        Assert.All(StatutoryCatalogue.BuiltIn, entry =>
            Assert.Contains(entry.Sources, s => s.Url.StartsWith("https://www.gov.uk/", StringComparison.Ordinal) || s.Url.StartsWith("https://www.legislation.gov.uk/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = StatutoryCatalogue.BuiltIn.Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.InRange(ids.Count, 20, 40);
    }

    [Fact]
    public void Review_months_agree_with_the_review_in_words()
    {
        Assert.All(StatutoryCatalogue.BuiltIn, entry =>
        {
            int? expected = entry.Review.StartsWith("Annually", StringComparison.Ordinal) ? 12
                : EveryYears().Match(entry.Review) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 12
                : entry.Review.StartsWith("Set by", StringComparison.Ordinal) ? null
                : -1;
            Assert.True(expected != -1, $"{entry.Id}: review '{entry.Review}' is not in a known form");
            Assert.True(expected == entry.ReviewMonths, $"{entry.Id}: review '{entry.Review}' but review-months {entry.ReviewMonths}");
        });
    }

    [Fact]
    public void The_law_s_intervals_are_in_the_list()
    {
        Assert.Equal(12, Entry("child-protection").ReviewMonths);
        Assert.Equal(36, Entry("accessibility-plan").ReviewMonths);
        Assert.Equal(48, Entry("equality-objectives").ReviewMonths);
    }

    [Fact]
    public void Docs_coverage_lists_every_entry_and_every_source_of_the_list()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "coverage.md"));
        Assert.All(StatutoryCatalogue.BuiltIn, entry =>
        {
            Assert.Contains($"`{entry.Id}`", docs, StringComparison.Ordinal);
            Assert.All(entry.Sources, s => Assert.Contains($"]({s.Url})", docs, StringComparison.Ordinal));
        });
    }

    private static PolicyKit.Sources.Statutory.StatutoryEntrySource Entry(string id) => StatutoryCatalogue.BuiltIn.Single(e => e.Id == id);

    [GeneratedRegex("^Every (\\d+) years")]
    private static partial Regex EveryYears();
}
