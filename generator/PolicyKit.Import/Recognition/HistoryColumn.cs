namespace PolicyKit.Import.Recognition;

/// <summary>What a column of a review-history table holds.</summary>
internal enum HistoryColumn
{
    None,
    Version,
    Date,
    By,
    Changes,
    Ratified,
    Implemented,
}
