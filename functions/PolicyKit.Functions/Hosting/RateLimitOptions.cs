namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Limits on the public sign pages. Configuration section "RateLimits". A school's staff often share one public
/// address, so the per-address limit is generous; links that do not exist are limited tightly, which is what makes
/// guessing links hopeless.
/// </summary>
internal sealed record RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests to sign pages per client address per minute.</summary>
    public int SignRequestsPerMinute { get; init; } = 600;

    /// <summary>Links that lead nowhere a client may open in <see cref="UnknownLinkWindow"/> before further unknown links are refused.</summary>
    public int UnknownLinksPerWindow { get; init; } = 20;

    /// <summary>The window unknown links are counted over (RateLimits:UnknownLinkWindowMinutes).</summary>
    public TimeSpan UnknownLinkWindow { get; init; } = TimeSpan.FromMinutes(15);
}
