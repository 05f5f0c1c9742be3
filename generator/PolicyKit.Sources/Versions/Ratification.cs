namespace PolicyKit.Sources.Versions;

/// <summary>The record of one version being ratified, at one school.</summary>
/// <param name="Date">When it was ratified.</param>
/// <param name="Body">Who ratified it as written (governing-body, trust-board or a committee's key), or null when not recorded.</param>
/// <param name="BodyName">Who ratified it as people read it ("Local governing body", "Brookfield Learning Trust board of trustees").</param>
/// <param name="MinuteRef">The minute reference of the meeting, or null.</param>
/// <param name="Chair">The chair of the meeting, or null.</param>
/// <param name="BySchool">True when the school's override records it; false when it comes from the trust's history.</param>
public sealed record Ratification(DateOnly Date, string? Body, string BodyName, string? MinuteRef, string? Chair, bool BySchool);
