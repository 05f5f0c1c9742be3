using PolicyKit.Model.Diagnostics;
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
    string ContentHash)
{
    /// <summary>Job role to roster group for every school (<c>roster-groups:</c>), keyed by the role's loose spelling.</summary>
    public IReadOnlyDictionary<string, RosterGroupEntry> RosterGroups { get; init; } = new Dictionary<string, RosterGroupEntry>();

    /// <summary>Committees that may ratify a policy (<c>committees:</c>), committee key to name, e.g. resources → "Resources committee".</summary>
    public IReadOnlyDictionary<string, string> Committees { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True for a school with no trust (<c>standalone: true</c>): trust.yaml describes the school itself, there is no
    /// schools/ folder and no trust board, and <see cref="Name"/> is the school's name.
    /// </summary>
    public bool Standalone { get; init; }

    /// <summary>Where <c>standalone</c> is written.</summary>
    public SourceSpan StandaloneSpan { get; init; }

    /// <summary>When the sign-off service reminds people of a review (<c>review-reminders:</c>), or the defaults.</summary>
    public ReviewReminderSettings ReviewReminders { get; init; } = ReviewReminderSettings.Default;

    /// <summary>The trust's additions to PolicyKit's list of statutory policies, and the entries that do not apply to some schools (<c>statutory-policies:</c>).</summary>
    public Statutory.StatutoryPoliciesSource StatutoryPolicies { get; init; } = Statutory.StatutoryPoliciesSource.None;

    /// <summary>The trust's <c>layout:</c> for every document, or null.</summary>
    internal Layout.LayoutSpec? Layout { get; init; }

    /// <summary>The layouts under <c>layouts:</c> that a <c>layout: NAME</c> picks, by name.</summary>
    internal IReadOnlyDictionary<string, Layout.LayoutSpec> Layouts { get; init; } = new Dictionary<string, Layout.LayoutSpec>();
}
