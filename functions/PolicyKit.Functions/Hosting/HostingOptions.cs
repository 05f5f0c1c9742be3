namespace PolicyKit.Functions.Hosting;

/// <summary>Where the app runs and what stands in front of it. Configuration section "Hosting".</summary>
internal sealed record HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// Running as an Azure Functions custom handler: the Functions host forwards each request and calls the timer
    /// functions. Set by the app itself when the host gives it FUNCTIONS_CUSTOMHANDLER_PORT.
    /// </summary>
    public bool CustomHandler { get; init; }

    /// <summary>Trust <c>X-Forwarded-For</c> from a reverse proxy on loopback (always, under the Functions host).</summary>
    public bool TrustForwardedHeaders { get; init; }

    /// <summary>Whether the client address comes from the forwarding proxy's header rather than the connection.</summary>
    public bool UsesForwardedHeaders => CustomHandler || TrustForwardedHeaders;
}
