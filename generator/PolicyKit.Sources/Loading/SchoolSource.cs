using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

public sealed record SchoolSource(
    string Path,
    string Id,
    SourceSpan IdSpan,
    string Name,
    string? Motto,
    AssetReference? Logo,
    string LogoAlt,
    AssetReference? ReferenceDocument,
    NumberingScheme? Numbering,
    BrandingSource Branding,
    bool IsFederation,
    IReadOnlyList<ContactCard> Sites,
    string? Phone,
    string? Email,
    string? Website,
    string? Headteacher,
    string HeadteacherTitle,
    string? ChairOfGovernors,
    string GoverningBody,
    IReadOnlyDictionary<string, RoleHolder> Roles,
    IReadOnlyDictionary<string, SettingValue> Settings,
    string ContentHash)
{
    /// <summary>The school's own job roles and changes to the trust's (<c>roster-groups:</c>), keyed by the role's loose spelling.</summary>
    public IReadOnlyDictionary<string, RosterGroupEntry> RosterGroups { get; init; } = new Dictionary<string, RosterGroupEntry>();

    /// <summary>Committees that may ratify a policy (<c>committees:</c>), committee key to name, e.g. resources → "Resources committee".</summary>
    public IReadOnlyDictionary<string, string> Committees { get; init; } = new Dictionary<string, string>();

    /// <summary>What kind of school it is (<c>type</c>, <c>phase</c>, <c>special</c>, <c>nursery</c>, <c>sixth-form</c>), which decides the statutory policies it must have.</summary>
    public Statutory.SchoolProfile Profile { get; init; } = Statutory.SchoolProfile.Unknown;

    /// <summary>The school's <c>layout:</c>, which changes the trust's key by key, or null.</summary>
    internal Layout.LayoutSpec? Layout { get; init; }
}
