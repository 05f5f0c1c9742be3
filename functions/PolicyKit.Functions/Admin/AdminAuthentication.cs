namespace PolicyKit.Functions.Admin;

/// <summary>The names of the admin sign-in schemes and the policies built on them.</summary>
internal static class AdminAuthentication
{
    /// <summary>The admin pages: a cookie set after the key is typed into the sign-in page.</summary>
    public const string CookieScheme = "admin-cookie";

    /// <summary>Scripts and the CLI: "Authorization: Bearer &lt;key&gt;" or "X-PolicyKit-Admin-Key: &lt;key&gt;".</summary>
    public const string KeyScheme = "admin-key";

    /// <summary>The hosting platform's signed-in user (App Service authentication), only when configured.</summary>
    public const string PlatformScheme = "platform";

    /// <summary>Pages and downloads: any admin sign-in.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>
    /// Changes made through the API: the key in a header only. Never a cookie, and never the platform's principal
    /// (App Service adds it to any request carrying its session cookie), so another site cannot forge them through a
    /// signed-in admin's browser.
    /// </summary>
    public const string ApiPolicy = "admin-api";

    public const string AdminRole = "policykit-admin";

    public const string KeyHeader = "X-PolicyKit-Admin-Key";
}
