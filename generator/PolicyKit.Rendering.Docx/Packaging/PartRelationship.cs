namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>An OPC relationship; an internal target is relative to the source part's folder.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target, bool IsExternal = false);
