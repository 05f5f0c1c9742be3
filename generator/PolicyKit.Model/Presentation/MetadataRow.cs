namespace PolicyKit.Model.Presentation;

/// <summary>A row of the "about this policy" table: its label, its text, and the date behind the text if it is one (known only to the month when <paramref name="MonthOnly"/>).</summary>
public sealed record MetadataRow(string Label, string Text, DateOnly? Date = null, bool MonthOnly = false);
