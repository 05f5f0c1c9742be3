namespace PolicyKit.SignOff.Signing;

/// <summary>A receipt waiting to be (or already) emailed: which decision, and where it sits in the chain.</summary>
/// <param name="Reference">The record reference quoted to the person: round, chain entry and the start of its hash.</param>
internal sealed record ReceiptRecord(string Decision, long Sequence, string EntryHash, string Reference);
