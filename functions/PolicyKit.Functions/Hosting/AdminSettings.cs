namespace PolicyKit.Functions.Hosting;

/// <param name="KeyHash">The admin key's hash (see <c>policykit signoff admin-key</c>); null when only the platform signs admins in.</param>
/// <param name="TrustPlatformPrincipal">Accept the hosting platform's signed-in user (App Service authentication), only when set on purpose.</param>
/// <param name="PlatformRole">The role that user must have to be an admin.</param>
internal sealed record AdminSettings(string? KeyHash, bool TrustPlatformPrincipal, string PlatformRole);
