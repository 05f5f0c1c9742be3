namespace PolicyKit.SignOff.Signing;

public enum SignLinkState
{
    /// <summary>The person can read and sign.</summary>
    Open,

    /// <summary>No such link: mistyped, made up, or from a round that no longer exists.</summary>
    Unknown,

    Expired,

    /// <summary>A newer email was sent to the same person; only its link works.</summary>
    Replaced,

    Signed,
    Declined,
}
