namespace PolicyKit.Sources.Loading;

/// <summary>Everything under a trust's policy folder, loaded and checked file by file.</summary>
public sealed record SourceSet(
    string Root,
    TrustSource Trust,
    IReadOnlyList<SchoolSource> Schools,
    IReadOnlyList<PolicySource> Policies,
    IReadOnlyList<OverrideSource> Overrides)
{
    /// <summary>The policy with this id (its file name), or null.</summary>
    public PolicySource? FindPolicy(string id) => Policies.FirstOrDefault(p => p.Id == id);

    /// <summary>The school with this id (its folder name), or null.</summary>
    public SchoolSource? FindSchool(string id) => Schools.FirstOrDefault(s => s.Id == id);

    /// <summary>A school's changes to a policy, or null when it takes the trust's text as it is.</summary>
    public OverrideSource? FindOverride(string schoolId, string policyId) =>
        Overrides.FirstOrDefault(o => o.SchoolId == schoolId && o.PolicyId == policyId);

    /// <summary>Role holders for a school: the trust's, with the school's own taking precedence.</summary>
    public IReadOnlyDictionary<string, RoleHolder> RolesFor(SchoolSource school) => Merge(Trust.Roles, school.Roles);

    /// <summary>Settings for a school: the trust's defaults, with the school's changes taking precedence.</summary>
    public IReadOnlyDictionary<string, SettingValue> SettingsFor(SchoolSource school) => Merge(Trust.Settings, school.Settings);

    /// <summary>Job role (lower case, as <c>roster-groups:</c> spells it) to roster group for a school: the trust's table with the school's lines taking precedence.</summary>
    public IReadOnlyDictionary<string, string> RosterGroupsFor(SchoolSource school) =>
        Merge(Trust.RosterGroups, school.RosterGroups).Values.ToDictionary(e => e.Role, e => e.Group, StringComparer.Ordinal);

    /// <summary>The trust's branding with the school's own colours and fonts taking precedence.</summary>
    public Model.Document.Branding BrandingFor(SchoolSource school) => Trust.Branding.OverriddenBy(school.Branding).ToModel();

    private static Dictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> trust, IReadOnlyDictionary<string, T> school)
    {
        var merged = new Dictionary<string, T>(trust, StringComparer.Ordinal);
        foreach (var (key, value) in school)
        {
            merged[key] = value;
        }

        return merged;
    }
}
