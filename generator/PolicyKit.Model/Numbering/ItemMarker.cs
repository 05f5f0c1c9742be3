namespace PolicyKit.Model.Numbering;

/// <summary>What marks each item of a list, as the document's numbering scheme draws it.</summary>
public enum ItemMarker
{
    /// <summary>Each item shows its number ("a.", "1.2.1").</summary>
    Number,

    /// <summary>Each item shows a bullet.</summary>
    Bullet,

    /// <summary>No marker and no list: each item is a plain paragraph (top-level clauses in the unnumbered scheme).</summary>
    None,

    /// <summary>
    /// Each item shows its place in its own list, which starts at 1 ("1.", "2."; "a." and "i." for plain lists inside
    /// it), apart from the clause numbers.
    /// </summary>
    ListNumber,
}
