namespace PolicyKit.Model.Document;

/// <summary>
/// A school's colours (six hex digits, no '#') and fonts. Null values leave the reference document's styling alone,
/// so a communications officer can restyle everything in Word.
/// </summary>
public sealed record Branding(string? PrimaryColour, string? AccentColour, string? HeadingFont, string? BodyFont)
{
    public static Branding None { get; } = new(null, null, null, null);
}
