using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Reviews;

/// <summary>
/// One school's review dates as last published, with who to remind and when: written by <c>policykit publish</c> from
/// the generator's review calendar and the school's role holders, so the service never reads sources itself.
/// </summary>
/// <param name="School">The school's id.</param>
/// <param name="Rules">How far ahead of each review, and how often after it, to remind (trust.yaml's <c>review-reminders:</c>).</param>
/// <param name="Clerk">The clerk to governors (the school's <c>clerk-to-governors</c> role holder, else the trust's); null when there is none.</param>
/// <param name="Policies">Every policy of the school that has a review date.</param>
public sealed record ReviewSchedule(string School, ReviewReminderRules Rules, SchoolContact? Clerk, IReadOnlyList<ScheduledReview> Policies);
