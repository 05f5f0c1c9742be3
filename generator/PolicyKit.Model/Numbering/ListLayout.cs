namespace PolicyKit.Model.Numbering;

/// <summary>How the items of one list are drawn.</summary>
/// <param name="Marker">What marks each item.</param>
/// <param name="Level">
/// The list level the items sit at, 0 outermost, as in a Word multilevel list. A list drawn without markers keeps
/// the level of the item around it (-1 outside any list): its paragraphs are that item's text.
/// </param>
/// <param name="Nesting">
/// For a <see cref="ItemMarker.ListNumber"/> list, how many such lists it sits inside, which picks its numbers:
/// 0 "1.", 1 "a.", 2 "i.", then round again. 0 for every other list.
/// </param>
public sealed record ListLayout(ItemMarker Marker, int Level, int Nesting = 0);
