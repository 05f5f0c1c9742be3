using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Ratifying;

/// <summary>
/// An explicit <c>next-review</c> wins over the date that follows from ratification (source-format.md), so one written
/// for the version before would hide the new version's review. A date before the new ratification date plus the
/// review cycle is such a leftover; a later one is the author's choice and stays.
/// </summary>
internal static class ReviewDateAfterRatification
{
    /// <summary>The review date the new ratification sets, or null when the policy has no review cycle.</summary>
    public static DateOnly? Following(PolicySource policy, DateOnly ratified) =>
        policy.ReviewCycleMonths is { } months ? ratified.AddMonths(months) : null;

    /// <summary>Whether <paramref name="written"/> would hide <paramref name="following"/>.</summary>
    public static bool Hides(DateOnly? written, DateOnly? following) =>
        written is { } date && following is { } next && date < next;
}
