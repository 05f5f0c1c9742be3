namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// What the service needs to brand pages and emails for one school, written by <c>policykit publish</c> from the
/// school's sources so the service never reads sources itself.
/// </summary>
/// <param name="PrimaryColour">Six hex digits without '#', or null for the service's default.</param>
/// <param name="LogoBase64">The logo's bytes, or null when the school has none.</param>
/// <param name="BusinessManager">The school's business-manager role holder (the trust's when the school names none): told of declines and of who is still outstanding after a round's deadline.</param>
/// <param name="RoleGroups">Job role (as an MIS export spells it, lower case) to roster group, from trust.yaml and school.yaml.</param>
public sealed record SchoolProfile(
    string Id,
    string Name,
    string? PrimaryColour,
    string? AccentColour,
    string? LogoBase64,
    string? LogoContentType,
    string? LogoAlt,
    string? Address,
    string? ContactEmail,
    SchoolContact? BusinessManager = null,
    IReadOnlyDictionary<string, string>? RoleGroups = null);

/// <summary>A named person the service writes to on the school's behalf.</summary>
public sealed record SchoolContact(string Name, string? Title, string? Email);
