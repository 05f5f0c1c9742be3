using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Reviews;

/// <summary>One school's copy of one policy and the date it must next be reviewed.</summary>
/// <param name="Policy">The policy's id.</param>
/// <param name="Version">The version in force ("draft" when none is).</param>
/// <param name="NextReview">The review date, as the generator's review calendar gives it (the school's own date when it has one).</param>
/// <param name="OwnerRole">The policy's <c>owner-role</c>, named in messages when it has nobody to write to.</param>
/// <param name="Owner">Who holds that role at the school; null when nobody does.</param>
public sealed record ScheduledReview(string Policy, string Title, string Version, DateOnly NextReview, string? OwnerRole, SchoolContact? Owner);
