namespace PolicyKit.SignOff.Ratification;

/// <summary>The kinds of link (stored as sign links are, under the token's hash) a ratification email carries.</summary>
internal static class RatificationLinks
{
    /// <summary>The chair's: approve or return.</summary>
    public const string ChairKind = "ratify";

    /// <summary>A governor's: read only.</summary>
    public const string CopyKind = "ratify-copy";
}
