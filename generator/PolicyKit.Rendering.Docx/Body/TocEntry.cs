namespace PolicyKit.Rendering.Docx.Body;

/// <summary>A heading as the table of contents lists it: "3.2 Screens", linked to its bookmark.</summary>
internal sealed record TocEntry(int Level, string Text, string Bookmark);
