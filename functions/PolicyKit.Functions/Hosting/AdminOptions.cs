using PolicyKit.Functions.Admin;

namespace PolicyKit.Functions.Hosting;

/// <summary>Who may use the admin pages and API. Configuration section "Admin".</summary>
internal sealed record AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The admin key's hash (see <c>policykit signoff admin-key</c>); null when only the platform signs admins in.</summary>
    public string? KeyHash { get; init; }

    /// <summary>Accept the hosting platform's signed-in user (App Service authentication), only when set on purpose.</summary>
    public bool TrustPlatformPrincipal { get; init; }

    /// <summary>The role that user must have to be an admin.</summary>
    public string PlatformRole { get; init; } = "policykit-admin";

    /// <returns>One message per bad setting, naming its configuration key; empty when all are fine.</returns>
    public IReadOnlyList<string> Validate()
    {
        if (KeyHash is null && !TrustPlatformPrincipal)
        {
            return [$"{Section}:KeyHash is missing: run 'policykit signoff admin-key' and set the hash it prints (or set {Section}:TrustPlatformPrincipal=true behind App Service authentication)."];
        }

        if (KeyHash is not null && !AdminKey.IsValidHash(KeyHash))
        {
            return [$"{Section}:KeyHash is not a hash made by 'policykit signoff admin-key' (it should start with 'pbkdf2-sha256$')."];
        }

        return [];
    }
}
