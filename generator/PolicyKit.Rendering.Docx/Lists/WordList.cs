namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>How Word writes the items of one list: the list instance and level that number them (no instance for plain paragraphs), their style, and where their text starts.</summary>
internal sealed record WordList(int? NumId, int Level, string Style, int TextIndent);
