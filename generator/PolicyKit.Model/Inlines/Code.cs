namespace PolicyKit.Model.Inlines;

/// <summary>Literal text such as a key combination or a web address shown as typed.</summary>
public sealed record Code(string Text) : Inline;
