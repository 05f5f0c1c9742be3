namespace PolicyKit.Model.Blocks;

public enum ListKind
{
    /// <summary>Policy clauses: numbered by the school's scheme (a. / 1.1 / plain paragraphs).</summary>
    Clauses,

    /// <summary>A bulleted list, whatever the scheme.</summary>
    Bullets,

    /// <summary>
    /// A plain numbered list (written "1)"): its items count 1, 2, 3 within the list, restarting for each list,
    /// whatever the scheme. They are not clauses, so they never take or move a clause number.
    /// </summary>
    Numbered,
}
