namespace PolicyKit.Model.Document;

/// <summary>A row of the "Policy review dates and changes" table.</summary>
public sealed record ReviewHistoryEntry(
    string Version,
    DateOnly ReviewDate,
    string By,
    string Summary,
    DateOnly? DateRatified,
    DateOnly? DateImplemented);
