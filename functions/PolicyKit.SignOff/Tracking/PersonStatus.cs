namespace PolicyKit.SignOff.Tracking;

public enum PersonStatus
{
    /// <summary>Invited; the email has not gone yet (or is being retried after a temporary failure).</summary>
    Queued,

    /// <summary>Emailed; not signed or declined yet, and the link still works.</summary>
    Outstanding,

    Signed,
    Declined,

    /// <summary>Emailed, but the link ran out before the person signed.</summary>
    Expired,

    /// <summary>The mail server refused the address, or every attempt failed.</summary>
    EmailFailed,

    /// <summary>Marked as having left the school: no longer asked, not counted as outstanding (kept as evidence).</summary>
    Left,

    /// <summary>Excused from this round by the school, with a reason: no longer asked, not counted as outstanding.</summary>
    Excused,
}
