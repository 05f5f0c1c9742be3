namespace PolicyKit.SignOff.Signing;

/// <summary>What a sign link opens, stored under the hash of the link's token.</summary>
/// <param name="IssuedUtc">When the link was made; a resend cancels every link issued before it (null on links made before this was recorded).</param>
/// <param name="Kind">"reminder" for a link sent in a reminder (it works alongside the invitation's); null for an invitation's.</param>
/// <param name="Email">The address the link was sent to: the one a decision made through it records (null on older links).</param>
internal sealed record SignLink(string RoundId, string School, string PersonId, DateTimeOffset ExpiresUtc, DateTimeOffset? IssuedUtc = null, string? Kind = null, string? Email = null)
{
    public const string ReminderKind = "reminder";
}
