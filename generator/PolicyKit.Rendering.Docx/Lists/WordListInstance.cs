namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>A list instance (w:num) handed out for one list: a bullet list, or a plain numbered list at its nesting.</summary>
internal sealed record WordListInstance(int NumId, int? Nesting);
