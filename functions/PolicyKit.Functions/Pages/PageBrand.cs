using PolicyKit.SignOff.Publishing;

namespace PolicyKit.Functions.Pages;

/// <summary>What the layout shows in its banner and footer: the school's name, logo and colour, or PolicyKit's own.</summary>
public sealed record PageBrand(string Name, string PrimaryColour, string? LogoDataUri, string? LogoAlt, string Footer)
{
    public static PageBrand Default { get; } = new("PolicyKit", "1F4E79", null, null, "PolicyKit sign-off");

    public static PageBrand For(SchoolProfile? school)
    {
        if (school is null)
        {
            return Default;
        }

        var colour = school.PrimaryColour is { Length: 6 } c && c.All(char.IsAsciiHexDigit) ? c : Default.PrimaryColour;
        var logo = school.LogoBase64 is not null && school.LogoContentType is "image/png" or "image/jpeg" ? $"data:{school.LogoContentType};base64,{school.LogoBase64}" : null;
        var footer = string.Join(" · ", new[] { school.Name, school.Address }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new PageBrand(school.Name, colour, logo, school.LogoAlt ?? $"{school.Name} logo", footer);
    }
}
