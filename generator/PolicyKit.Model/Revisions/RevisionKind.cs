namespace PolicyKit.Model.Revisions;

/// <summary>What a tracked change did to the text it marks.</summary>
public enum RevisionKind
{
    /// <summary>Only in the new version.</summary>
    Inserted,

    /// <summary>Only in the old version.</summary>
    Deleted,

    /// <summary>Where a clause stood in the old version; its pair is a <see cref="MovedTo"/> with the same move name.</summary>
    MovedFrom,

    /// <summary>Where a moved clause stands in the new version.</summary>
    MovedTo,
}
