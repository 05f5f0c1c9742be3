namespace PolicyKit.Rendering.Html.Body;

/// <summary>A line of the contents: a level-1 or level-2 heading with its number, text and anchor.</summary>
internal sealed record ContentsEntry(int Level, string? Number, string Text, string Id);
