namespace PolicyKit.Model.Blocks;

public enum ListKind
{
    /// <summary>Policy clauses: numbered by the school's scheme (a. / 1.1 / plain paragraphs).</summary>
    Clauses,

    /// <summary>A bulleted list, whatever the scheme.</summary>
    Bullets,
}
