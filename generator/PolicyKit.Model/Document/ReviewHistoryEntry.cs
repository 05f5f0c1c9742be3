namespace PolicyKit.Model.Document;

/// <summary>A row of the "Policy review dates and changes" table.</summary>
public sealed record ReviewHistoryEntry(
    string Version,
    DateOnly ReviewDate,
    string By,
    string Summary,
    DateOnly? DateRatified,
    DateOnly? DateImplemented)
{
    /// <summary>The version as the school prints it ("Version 1:1"), or null to print <see cref="Version"/>.</summary>
    public string? Label { get; init; }

    /// <summary>True when <see cref="ReviewDate"/> is known only to the month ("June 2023").</summary>
    public bool DateMonthOnly { get; init; }

    /// <summary>True when <see cref="DateImplemented"/> is known only to the month.</summary>
    public bool ImplementedMonthOnly { get; init; }
}
