namespace PolicyKit.Model.Inlines;

/// <summary>A hyperlink. <see cref="Target"/> is an absolute URL, a mailto: address, or "#clause-id" for a link inside the document.</summary>
public sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline
{
    internal override IReadOnlyList<Inline> Children => Content;
}
