using PolicyKit.Model.Revisions;

namespace PolicyKit.Rendering.Html.Redline;

/// <summary>One change in a redline's list of changes: the id it links to, its mark and what it says ("Removed clause 4.1.3").</summary>
internal sealed record RedlineEntry(string Id, RevisionMark Mark, string Text);
