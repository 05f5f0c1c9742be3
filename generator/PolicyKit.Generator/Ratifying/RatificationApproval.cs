namespace PolicyKit.Generator.Ratifying;

/// <summary>A body's approval of one version of a policy, as the sign-off service records it, to write into the sources.</summary>
/// <param name="PolicyId">The policy (its file name without .md).</param>
/// <param name="Version">The version approved, as its <c>version-history</c> entry numbers it ("2.1").</param>
/// <param name="Body">Who approved it: <c>governing-body</c>, <c>trust-board</c> or a committee's key.</param>
/// <param name="SchoolId">The school whose governors approved it; null for a ratification that holds for every school (always so for the trust board).</param>
/// <param name="Date">The date of the meeting that ratified it.</param>
/// <param name="Chair">The name of the chair who approved it.</param>
/// <param name="MinuteRef">The minute reference of that meeting, when the clerk gave one.</param>
/// <param name="Evidence">The service's reference to its record of the approval, kept beside the date in the sources.</param>
public sealed record RatificationApproval(
    string PolicyId,
    string Version,
    string Body,
    string? SchoolId,
    DateOnly Date,
    string Chair,
    string? MinuteRef,
    string Evidence);
