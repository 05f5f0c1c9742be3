namespace PolicyKit.Generator.Building;

/// <summary>A document's outputs, rendered in memory and not yet written.</summary>
internal sealed record RenderedDocument(OutputPlan Plan, byte[]? Docx, string? Html, string? Title);
