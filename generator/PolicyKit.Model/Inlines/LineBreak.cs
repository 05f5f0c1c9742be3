namespace PolicyKit.Model.Inlines;

public sealed record LineBreak : Inline;
