namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// How Word writes the items of one list: the list instance and level that number them (no instance for plain
/// paragraphs), their style, and where their text starts. A hanging indent is set on the paragraphs themselves
/// when the list's level does not say where they sit (plain numbered lists).
/// </summary>
internal sealed record WordList(int? NumId, int Level, string Style, int TextIndent, int? Hanging = null);
