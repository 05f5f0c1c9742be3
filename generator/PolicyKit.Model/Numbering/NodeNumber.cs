namespace PolicyKit.Model.Numbering;

/// <summary>Where one heading or list item sits in the document's numbering: its list level and the number it shows.</summary>
internal sealed record NodeNumber(int Level, string? Label);
