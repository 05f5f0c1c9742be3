namespace PolicyKit.Generator.Status;

public sealed record ReviewCalendarEntry(
    string SchoolId,
    string SchoolName,
    string PolicyId,
    string PolicyTitle,
    string Version,
    DateOnly? DateRatified,
    DateOnly? NextReview,
    ReviewState State,
    int DaysUntilReview);
