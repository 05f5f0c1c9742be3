namespace PolicyKit.SignOff.Signing;

/// <summary>What a sign link opens, stored under the hash of the link's token.</summary>
internal sealed record SignLink(string RoundId, string School, string PersonId, DateTimeOffset ExpiresUtc);
