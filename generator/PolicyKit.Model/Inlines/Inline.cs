namespace PolicyKit.Model.Inlines;

public abstract record Inline;
