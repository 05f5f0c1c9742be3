namespace PolicyKit.Sources.Versions;

/// <summary>Where a version of a policy is in its life: draft → proposed → ratified → superseded.</summary>
public enum VersionStatus
{
    /// <summary>Being written; not yet put to the body that ratifies it.</summary>
    Draft,

    /// <summary>Put to governors (or the trust board) and awaiting their decision.</summary>
    Proposed,

    /// <summary>Ratified, and the latest version that is: the version in force.</summary>
    Ratified,

    /// <summary>Ratified once, and since replaced by a later ratified version.</summary>
    Superseded,
}
