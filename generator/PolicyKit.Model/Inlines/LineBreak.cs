namespace PolicyKit.Model.Inlines;

public sealed record LineBreak : Inline
{
    public static LineBreak Instance { get; } = new();
}
