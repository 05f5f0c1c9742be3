using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>One message the dispatcher is about to send, as listed with its state.</summary>
/// <param name="JustQueued">
/// A reminder the chase recorded a moment ago, after checking who had signed and where to write: sent without
/// checking again. A reminder found pending later (a retry, or after a crash) is checked again before it goes.
/// </param>
internal sealed record DueMessage(RoundDefinition Round, BlobListing Message, MessageKind Kind, bool JustQueued = false)
{
    /// <summary>The kind of message a blob holds, from its folder (rounds/&lt;round&gt;/&lt;folder&gt;/…).</summary>
    public static MessageKind? KindOf(string name) => name.Split('/') is { Length: >= 5 } parts && parts[0] == "rounds"
        ? parts[2] switch
        {
            "invites" => MessageKind.Invitation,
            "receipts" => MessageKind.Receipt,
            "reminders" => MessageKind.Reminder,
            "notices" => MessageKind.Notice,
            _ => null,
        }
        : null;
}
