using PolicyKit.Import.Recognition;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>Clause ids made from a clause's words are ids a policy's source accepts: lower case, hyphens, starting with a letter.</summary>
public sealed class ClauseIdsTests
{
    [Fact]
    public void An_id_is_made_of_the_words_that_say_what_the_clause_is_about()
    {
        Assert.Equal("staff-lock-screens", new ClauseIds([]).For([], "All staff must lock their screens."));
    }

    [Theory]
    [InlineData("12/03/2021 HM First version", "clause-12-03-2021-hm")]
    [InlineData("24 hours is the longest a report may wait.", "clause-24-hours-longest-report")]
    public void A_clause_starting_with_a_number_has_an_id_starting_with_a_letter(string text, string id)
    {
        Assert.Equal(id, new ClauseIds([]).For([], text));
    }

    [Fact]
    public void A_bookmark_that_would_give_an_id_starting_with_a_digit_is_not_used_as_one()
    {
        Assert.Null(ClauseIds.FromBookmark("c_2021_review"));
        Assert.Equal("review-2021", ClauseIds.FromBookmark("c_review_2021"));
    }
}
