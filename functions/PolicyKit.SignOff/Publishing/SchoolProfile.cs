namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// What the service needs to brand pages and emails for one school, written by <c>policykit publish</c> from the
/// school's sources so the service never reads sources itself.
/// </summary>
/// <param name="PrimaryColour">Six hex digits without '#', or null for the service's default.</param>
/// <param name="LogoBase64">The logo's bytes, or null when the school has none.</param>
public sealed record SchoolProfile(
    string Id,
    string Name,
    string? PrimaryColour,
    string? AccentColour,
    string? LogoBase64,
    string? LogoContentType,
    string? LogoAlt,
    string? Address,
    string? ContactEmail);
