using PolicyKit.Import.Reading;
using PolicyKit.Import.Recognition;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>The table of details and the review history, moved into the front matter.</summary>
public sealed class DetailsTableTests
{
    private static readonly ImportContext Context = new("behaviour", []);

    private static Dictionary<string, object> FrontMatter(ImportedPolicy policy) => policy.FrontMatter.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Metadata_rows_are_read_by_their_synonyms_and_dates_in_any_uk_form()
    {
        var document = ImportedDocuments.New()
            .Title("Behaviour policy")
            .Table(
                ["Status:", "Statutory"],
                ["Author", "Trust central team"],
                ["Policy owner", "Director of Operations (Priya Shah)"],
                ["Approving body", "Full Governing Body"],
                ["Review frequency", "Every 2 years"],
                ["To be reviewed", "1st Sept 2027"],
                ["Date ratified", "12/06/2025"])
            .Heading(1, "Rules")
            .Word(0, "a.", "Be kind.", style: NumberStyle.LowerLetter)
            .Build();

        var front = FrontMatter(PolicyRecognizer.Recognize(document, Context));

        Assert.Equal(true, front["statutory"]);
        Assert.Equal("Trust central team", front["written-by"]);
        Assert.Equal("director-of-operations", front["owner-role"]);
        Assert.Equal("governing-body", front["approved-by"]);
        Assert.Equal("biennial", front["review-cycle"]);
        Assert.Equal("2027-09-01", front["next-review"]);
        Assert.Equal("2025-06-12", front["ratified"]);
        Assert.Equal("alpha", front["numbering"]);
    }

    [Theory]
    [InlineData("1 September 2025", "2025-09-01")]
    [InlineData("01/09/2025", "2025-09-01")]
    [InlineData("1st Sept 2025", "2025-09-01")]
    [InlineData("Monday 1st of September 2025", "2025-09-01")]
    [InlineData("Sept 2025", "September 2025")]
    [InlineData("06/2027", "June 2027")]
    [InlineData("2025-09-01", "2025-09-01")]
    public void Dates_are_read_in_common_uk_forms(string text, string source) => Assert.Equal(source, ImportedDate.Parse(text)?.ToSource());

    [Theory]
    [InlineData("Annually", "annual")]
    [InlineData("Biennial", "biennial")]
    [InlineData("3 yearly", "triennial")]
    [InlineData("24 months", "biennial")]
    [InlineData("Every 18 months", "18 months")]
    public void Review_frequencies_become_review_cycles(string text, string cycle) => Assert.Equal(cycle, ReviewCycleText.Parse(text));

    [Fact]
    public void A_review_history_becomes_version_history_oldest_first_with_labels_and_months()
    {
        var document = ImportedDocuments.New()
            .Heading(1, "Rules")
            .Text("Be kind.")
            .Heading(1, "Version history")
            .Table(
                ["Version", "Date", "Author", "Details of change", "Date ratified", "Implemented"],
                ["Version 1:1", "June 2024", "DP", "Phones rule added.", "10/07/2024", "Sept 2024"],
                ["Version 1:0", "May 2023", "DP", "First version.", "12 June 2023", ""])
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        var history = Assert.IsAssignableFrom<IEnumerable<IReadOnlyList<KeyValuePair<string, object>>>>(FrontMatter(policy)["version-history"]).ToList();
        Assert.Equal(
            [
                [new("version", "1.0"), new("label", "Version 1:0"), new("date", "May 2023"), new("by", "DP"), new("changes", "First version."), new("ratified", "2023-06-12")],
                [new("version", "1.1"), new("label", "Version 1:1"), new("date", "June 2024"), new("by", "DP"), new("changes", "Phones rule added."), new("ratified", "2024-07-10"), new("implemented", "September 2024")],
            ],
            history.Select(e => e.ToList()).ToList<List<KeyValuePair<string, object>>>());
        Assert.DoesNotContain(policy.Body.OfType<SectionNode>(), s => s.Title == "Version history");
        Assert.Empty(policy.Warnings);
    }

    [Fact]
    public void An_unreadable_history_date_is_warned_about_by_row_and_the_entry_kept()
    {
        var document = ImportedDocuments.New()
            .Heading(1, "Rules")
            .Table(["Version", "Review date", "Summary of changes made"], ["2.0", "Autumn term", "Rewritten."])
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        var warning = Assert.Single(policy.Warnings);
        Assert.Equal(("PK1322", 2), (warning.Code, warning.Ordinal));
        Assert.Equal("row 2 of the review history: its date 'Autumn term' could not be read; write it in the entry as YYYY-MM-DD (or a month, such as June 2023).", warning.Message);
        var entry = Assert.Single(Assert.IsAssignableFrom<IEnumerable<IReadOnlyList<KeyValuePair<string, object>>>>(FrontMatter(policy)["version-history"]));
        Assert.Equal([new("version", "2.0"), new("changes", "Rewritten.")], entry);
    }

    [Fact]
    public void An_owner_who_is_a_person_not_a_role_is_warned_about_and_an_unknown_row_kept_where_it_stood()
    {
        var document = ImportedDocuments.New()
            .Table(["Owner", "Mrs J Smith"], ["Review date", "July 2026"], ["Linked policies", "Safeguarding"])
            .Heading(1, "Rules")
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Equal(["PK1323", "PK1321"], policy.Warnings.Select(w => w.Code));
        Assert.Equal(["**Owner:** Mrs J Smith", "**Linked policies:** Safeguarding"], policy.Body.Take(2).Select(n => Assert.IsType<KeptNode>(n).Markdown));
        Assert.False(FrontMatter(policy).ContainsKey("owner-role"));
    }
}
