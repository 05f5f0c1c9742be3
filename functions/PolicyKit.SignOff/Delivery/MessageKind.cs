namespace PolicyKit.SignOff.Delivery;

/// <summary>The messages the dispatcher sends, each kept under its own folder of a round.</summary>
internal enum MessageKind
{
    Invitation,
    Receipt,
    Reminder,
    Notice,
}
