namespace PolicyKit.SignOff.Ratification;

/// <summary>What the clerk fills in to send a proposal to its chair.</summary>
/// <param name="Scope">The school's id, or "trust".</param>
/// <param name="MinuteRef">The meeting and item, e.g. "FGB 2027/06 item 4"; empty for chair's action.</param>
/// <param name="CopyTo">Governors to copy for information: roster person ids of the school's governors, and extra addresses.</param>
public sealed record SendRatification(string Policy, string Version, string Scope, string? ChairName, string? ChairEmail, string? MinuteRef, string? Message, IReadOnlyList<string> CopyPeople, IReadOnlyList<string> CopyAddresses);
