namespace PolicyKit.SignOff.Ratification;

/// <summary>Where a chair's or governor's link stands.</summary>
public enum RatifyLinkState
{
    /// <summary>The chair can approve or return it; a governor can read it.</summary>
    Open,

    /// <summary>No such link.</summary>
    Unknown,

    Expired,

    /// <summary>A newer email was sent for the same request; only its link works.</summary>
    Replaced,

    Approved,

    /// <summary>The chair returned it with comments.</summary>
    Returned,
}
