using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

public sealed record TrustSource(
    string Path,
    string Name,
    string? Website,
    AssetReference? Logo,
    string LogoAlt,
    AssetReference? ReferenceDocument,
    NumberingScheme Numbering,
    BrandingSource Branding,
    IReadOnlyDictionary<string, RoleHolder> Roles,
    IReadOnlyDictionary<string, SettingValue> Settings,
    string ContentHash);
