namespace PolicyKit.Model.Inlines;

public sealed record Strong(IReadOnlyList<Inline> Content) : Inline
{
    internal override IReadOnlyList<Inline> Children => Content;
}
