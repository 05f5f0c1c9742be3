namespace PolicyKit.SignOff.Ratification;

/// <summary>One approved version, for <c>policykit ratifications pull</c> to write back into the policy's source.</summary>
/// <param name="Body">The body's key: "governing-body", "trust-board" or a committee key.</param>
/// <param name="School">The school's id, or null for a trust-wide approval (it ratifies the version for every school).</param>
/// <param name="Date">The UK date the chair approved it.</param>
/// <param name="Chair">The name the chair typed.</param>
/// <param name="MinuteRef">The meeting and item, or null for chair's action.</param>
/// <param name="Evidence">The approval's chain reference, as on the chair's receipt: "request#sequence-hash".</param>
public sealed record RatificationApproval(string Policy, string Version, string Body, string? School, DateOnly Date, string Chair, string? MinuteRef, string Evidence);
