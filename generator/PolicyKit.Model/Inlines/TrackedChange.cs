using PolicyKit.Model.Revisions;

namespace PolicyKit.Model.Inlines;

/// <summary>Words inserted into or deleted from a clause, in a redline. Renderers draw them as tracked changes.</summary>
public sealed record TrackedChange(RevisionMark Mark, IReadOnlyList<Inline> Content) : Inline
{
    internal override IReadOnlyList<Inline> Children => Content;
}
