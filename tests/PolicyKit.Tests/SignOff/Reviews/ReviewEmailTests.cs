using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Reviews;

/// <summary>The review reminder's words, from PolicyKit's own templates, for each case a reader meets.</summary>
public sealed class ReviewEmailTests
{
    private static readonly EmailTemplates Templates = EmailTemplates.BuiltIn();

    [Fact]
    public void The_owner_is_told_the_date_the_days_left_and_what_to_do()
    {
        var email = Templates.RenderReview(EmailSamples.Review(30, forClerk: false), withLogo: false);

        Assert.Equal("Review due on Thursday 31 December 2026: Acceptable Use Policy at Sample School", email.Subject);
        Assert.Contains("The Acceptable Use Policy (version 2026.1) at Sample School is due for review on Thursday 31 December 2026: 30 days from today.", email.Text);
        Assert.Contains("What to do: review the policy, agree any changes with the trust's central team, and send the new version to the clerk to governors in time to be ratified before Thursday 31 December 2026.", email.Text);
        Assert.Contains("every 14 days if it passes", email.Text);
    }

    [Fact]
    public void The_clerk_is_told_who_owns_the_policy_and_to_put_it_on_a_governors_agenda()
    {
        var email = Templates.RenderReview(EmailSamples.Review(0, forClerk: true), withLogo: true);

        Assert.Equal("Review due today: Acceptable Use Policy at Sample School", email.Subject);
        Assert.Contains("is due for review today, Tuesday 1 December 2026.", email.Text);
        Assert.Contains("You are receiving this as clerk to governors.", email.Text);
        Assert.Contains("make sure the policy is on the agenda of a governors' meeting before Tuesday 1 December 2026", email.Html);
    }

    [Fact]
    public void An_overdue_review_says_how_long_overdue_and_how_often_it_will_be_repeated()
    {
        var email = Templates.RenderReview(EmailSamples.Review(-9, forClerk: false), withLogo: false);

        Assert.Equal("Review overdue: Acceptable Use Policy at Sample School", email.Subject);
        Assert.Contains("was due for review on Sunday 22 November 2026. It is now 9 days overdue.", email.Text);
        Assert.Contains("review the policy now", email.Text);
        Assert.Contains("You will be reminded every 14 days until a new review date is published.", email.Text);
        Assert.Contains("9 days overdue</strong>", email.Html);
    }
}
