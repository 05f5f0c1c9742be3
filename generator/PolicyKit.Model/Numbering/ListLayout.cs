namespace PolicyKit.Model.Numbering;

/// <summary>How the items of one list are drawn.</summary>
/// <param name="Marker">What marks each item.</param>
/// <param name="Level">
/// The list level the items sit at, 0 outermost, as in a Word multilevel list. A list drawn without markers keeps
/// the level of the item around it (-1 outside any list): its paragraphs are that item's text.
/// </param>
public sealed record ListLayout(ItemMarker Marker, int Level);
