namespace PolicyKit.Generator.Redlining;

/// <summary>How a clause changed between two versions.</summary>
public enum RedlineChangeKind
{
    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,

    /// <summary>In both, at another place.</summary>
    Moved,

    /// <summary>In both, at the same place, with other words.</summary>
    Reworded,
}
