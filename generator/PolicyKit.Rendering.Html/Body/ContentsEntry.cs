namespace PolicyKit.Rendering.Html.Body;

/// <summary>A line of the contents: a heading (level 1 to 3) with its number, text and anchor.</summary>
internal sealed record ContentsEntry(int Level, string? Number, string Text, string Id);
