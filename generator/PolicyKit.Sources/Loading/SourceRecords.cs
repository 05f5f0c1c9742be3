using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

/// <summary>A file named by a source (logo, reference document): its full path and where it was named.</summary>
public sealed record AssetReference(string FullPath, SourceSpan Span);

/// <summary>Someone who holds a role, e.g. the data protection officer.</summary>
public sealed record RoleHolder(string Key, string Name, string Title, string? Email, string? Phone, SourceSpan Span)
{
    /// <summary>
    /// False for a post the sources name by its title alone (<c>title:</c> with no <c>name:</c>); <see cref="Name"/>
    /// then holds the title, so documents and templates print the post where they would print a person.
    /// </summary>
    public bool HasName { get; init; } = true;

    /// <summary>The role as a document names its holder: "Director of Operations (Olu Ops)", or the title alone for a post with no named holder.</summary>
    public string TitleAndName => HasName ? $"{Title} ({Name})" : Title;
}

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
