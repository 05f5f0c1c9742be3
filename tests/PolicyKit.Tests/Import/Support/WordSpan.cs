namespace PolicyKit.Tests.Import.Support;

/// <summary>A stretch of a paragraph for <see cref="WordDocumentBuilder"/>: plain, bold, italic, a link, a character style, or a tracked change.</summary>
internal sealed record WordSpan(string Text, bool Bold = false, bool Italic = false, string? Link = null, string? CharacterStyle = null, WordChange Change = WordChange.None)
{
    public static WordSpan Plain(string text) => new(text);

    public static WordSpan Strong(string text) => new(text, Bold: true);

    public static WordSpan Emphasis(string text) => new(text, Italic: true);

    /// <summary>A link to a web address, or to a bookmark when <paramref name="address"/> starts with "#".</summary>
    public static WordSpan Linked(string text, string address) => new(text, Link: address);

    /// <summary>Text in a character style of the builder's styles.xml ("Strong" is bold, "Emphasis" italic).</summary>
    public static WordSpan Styled(string text, string characterStyle) => new(text, CharacterStyle: characterStyle);

    /// <summary>Text added with Track Changes on (<c>w:ins</c>).</summary>
    public static WordSpan Inserted(string text) => new(text, Change: WordChange.Inserted);

    /// <summary>Text removed with Track Changes on (<c>w:del</c>).</summary>
    public static WordSpan Deleted(string text) => new(text, Change: WordChange.Deleted);

    public static implicit operator WordSpan(string text) => new(text);
}

internal enum WordChange
{
    None,
    Inserted,
    Deleted,
}
