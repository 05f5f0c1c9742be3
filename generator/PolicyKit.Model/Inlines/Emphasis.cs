namespace PolicyKit.Model.Inlines;

public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline
{
    internal override IReadOnlyList<Inline> Children => Content;
}
