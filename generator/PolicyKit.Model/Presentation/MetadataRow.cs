namespace PolicyKit.Model.Presentation;

/// <summary>A row of the "about this policy" table: its label, its text, and the date behind the text if it is one.</summary>
public sealed record MetadataRow(string Label, string Text, DateOnly? Date = null);
