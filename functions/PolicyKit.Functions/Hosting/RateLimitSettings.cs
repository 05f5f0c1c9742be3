namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Limits on the public sign pages. A school's staff often share one public address, so the per-address limit is
/// generous; links that do not exist are limited tightly, which is what makes guessing links hopeless.
/// </summary>
internal sealed record RateLimitSettings(int SignRequestsPerMinute, int UnknownLinksPerWindow, TimeSpan UnknownLinkWindow);
