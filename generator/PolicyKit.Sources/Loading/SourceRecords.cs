using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

/// <summary>A file named by a source (logo, reference document): its full path and where it was named.</summary>
public sealed record AssetReference(string FullPath, SourceSpan Span);

/// <summary>Someone who holds a role, e.g. the data protection officer.</summary>
public sealed record RoleHolder(string Key, string Name, string Title, string? Email, string? Phone, SourceSpan Span);

/// <summary>A setting value: a string, a whole number (long) or a bool.</summary>
public sealed record SettingValue(string Key, object Value, SourceSpan Span);

public sealed record BrandingSource(string? PrimaryColour, string? AccentColour, string? HeadingFont, string? BodyFont)
{
    public static BrandingSource None { get; } = new(null, null, null, null);

    /// <summary>This branding with every value <paramref name="school"/> sets taking precedence.</summary>
    public BrandingSource OverriddenBy(BrandingSource school) => new(
        school.PrimaryColour ?? PrimaryColour,
        school.AccentColour ?? AccentColour,
        school.HeadingFont ?? HeadingFont,
        school.BodyFont ?? BodyFont);

    public Branding ToModel() => new(PrimaryColour, AccentColour, HeadingFont, BodyFont);
}
