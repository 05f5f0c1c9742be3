using PolicyKit.Model.Document;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Two versions of one school's policy merged into one document: the new version's title, metadata and history,
/// and a body holding the old and the new text with each change marked, for the renderers to draw as tracked changes.
/// </summary>
internal sealed record Redline(PolicyDocument Document, string FromVersion, string ToVersion, IReadOnlyList<RedlineChange> Changes);
