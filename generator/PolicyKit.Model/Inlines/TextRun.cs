namespace PolicyKit.Model.Inlines;

public sealed record TextRun(string Text) : Inline;
