namespace PolicyKit.Generator.Calendar;

/// <summary>One school's review of one policy, as an all-day event: everything the .ics needs, worked out once.</summary>
internal sealed record ReviewEvent(
    string SchoolId,
    string SchoolName,
    string PolicyId,
    string PolicyTitle,
    string Version,
    DateOnly Date,
    string Uid,
    int Sequence,
    DateTimeOffset Revised,
    string Description,
    Uri? Url);
