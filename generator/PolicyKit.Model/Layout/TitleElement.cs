namespace PolicyKit.Model.Layout;

/// <summary>One element of the cover: the organisation's logo, its name, the motto, the title or a line of text.</summary>
/// <param name="Kind">What the element is, which decides its style.</param>
/// <param name="Text">Its text; for <see cref="TitleElementKind.Logo"/>, unused (the organisation's logo carries its alt text).</param>
public sealed record TitleElement(TitleElementKind Kind, string Text);
