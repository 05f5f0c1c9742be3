namespace PolicyKit.SignOff.Signing;

/// <summary>What a sign link opens, stored under the hash of the link's token.</summary>
/// <param name="IssuedUtc">When the link was made; a resend cancels every link issued before it (null on links made before this was recorded).</param>
internal sealed record SignLink(string RoundId, string School, string PersonId, DateTimeOffset ExpiresUtc, DateTimeOffset? IssuedUtc = null);
