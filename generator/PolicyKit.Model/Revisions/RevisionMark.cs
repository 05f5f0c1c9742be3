namespace PolicyKit.Model.Revisions;

/// <summary>
/// A tracked change on a node or an inline of a redline: what happened, who made the change and when (from the new
/// version's history entry, never the clock, so the same two versions always give the same redline).
/// </summary>
/// <param name="Kind">Inserted, deleted or moved.</param>
/// <param name="Author">Who made the change, as the version history names them.</param>
/// <param name="Date">The date of the new version.</param>
/// <param name="MoveName">For a move, the name its two halves share; null otherwise.</param>
public sealed record RevisionMark(RevisionKind Kind, string Author, DateOnly Date, string? MoveName = null)
{
    /// <summary>True for the old half of a change (deleted or moved away): accepting every change removes it.</summary>
    public bool IsOld => Kind is RevisionKind.Deleted or RevisionKind.MovedFrom;
}
