using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Versions;

/// <summary>One version of a policy at one school: the history entry, where it is in its life, and its ratification there.</summary>
/// <param name="Entry">The <c>version-history</c> entry.</param>
/// <param name="Status">Draft, proposed, ratified (in force) or superseded, at this school.</param>
/// <param name="Ratification">How it was ratified at this school; null for a draft or proposed version.</param>
public sealed record PolicyVersion(VersionEntry Entry, VersionStatus Status, Ratification? Ratification)
{
    /// <summary>The version number as written.</summary>
    public string Version => Entry.Version;

    /// <summary>Whether its change needs everyone who signed the version before it to sign again.</summary>
    public bool IsMaterial => Entry.IsMaterial;
}
