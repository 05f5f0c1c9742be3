namespace PolicyKit.Generator.Redlining;

/// <summary>One changed clause, section or paragraph, as the summary of changes lists it.</summary>
/// <param name="Kind">Added, removed, moved or reworded.</param>
/// <param name="What">"clause", "section", "bullet", "paragraph", "table" or "note".</param>
/// <param name="ClauseId">Its id in the sources, or null when it has none.</param>
/// <param name="OldNumber">Its number in the old version ("3.b"), or null (added, or unnumbered).</param>
/// <param name="NewNumber">Its number in the new version, or null (removed, or unnumbered).</param>
/// <param name="Excerpt">The start of its text (the new text unless it was removed).</param>
/// <param name="Reworded">For a move: its words changed too.</param>
public sealed record RedlineChange(
    RedlineChangeKind Kind,
    string What,
    string? ClauseId,
    string? OldNumber,
    string? NewNumber,
    string Excerpt,
    bool Reworded = false);
