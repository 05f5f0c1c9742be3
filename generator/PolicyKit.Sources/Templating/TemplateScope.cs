using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Versions;
using Scriban.Runtime;

namespace PolicyKit.Sources.Templating;

/// <summary>
/// The values a policy template sees for one school: <c>school</c>, <c>trust</c>, <c>roles</c>, <c>settings</c>, <c>policy</c>.
/// YAML keys keep their words with '_' for '-', because Scriban identifiers cannot hold '-'.
/// </summary>
internal sealed class TemplateScope
{
    public static readonly string[] RoleFields = ["name", "title", "email", "phone"];

    private TemplateScope(ScriptObject globals, string schoolName)
    {
        Globals = globals;
        SchoolName = schoolName;
    }

    public ScriptObject Globals { get; }

    public string SchoolName { get; }

    /// <param name="showProposed">Give the proposed version's number, for documents made to send to the body that ratifies it.</param>
    public static TemplateScope For(SourceSet sources, SchoolSource school, PolicySource policy, bool showProposed = false)
    {
        var globals = new ScriptObject
        {
            ["school"] = School(school),
            ["trust"] = new ScriptObject { ["name"] = sources.Trust.Name, ["website"] = sources.Trust.Website },
            ["roles"] = Roles(sources.RolesFor(school)),
            ["settings"] = Settings(sources.SettingsFor(school)),
            ["policy"] = new ScriptObject
            {
                ["id"] = policy.Id,
                ["title"] = policy.Title,
                ["version"] = PolicyVersions.For(sources, school, policy).Shown(showProposed)?.Version,
            },
        };
        return new TemplateScope(globals, school.Name);
    }

    /// <summary>This scope with one more root, or another value for a root (a layout's fuller <c>policy</c>, a change-log column's <c>entry</c>).</summary>
    public TemplateScope With(string root, ScriptObject value)
    {
        var globals = new ScriptObject();
        foreach (var (name, existing) in Globals)
        {
            globals[name] = existing;
        }

        globals[root] = value;
        return new TemplateScope(globals, SchoolName);
    }

    /// <summary>Every member name each root offers at any school, for checking templates before they run.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> KnownMembers(SourceSet sources, PolicySource policy)
    {
        var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var school in sources.Schools)
        {
            foreach (var (root, value) in For(sources, school, policy).Globals)
            {
                if (!known.TryGetValue(root, out var names))
                {
                    known[root] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                if (value is ScriptObject members)
                {
                    names.UnionWith(members.Keys);
                }
            }
        }

        return known.ToDictionary(k => k.Key, k => (IReadOnlySet<string>)k.Value, StringComparer.Ordinal);
    }

    private static ScriptObject School(SchoolSource school) => new()
    {
        ["id"] = school.Id,
        ["name"] = school.Name,
        ["motto"] = school.Motto,
        ["phone"] = school.Phone ?? school.Sites[0].Phone,
        ["email"] = school.Email ?? school.Sites[0].Email,
        ["website"] = school.Website ?? school.Sites[0].Website,
        ["headteacher"] = school.Headteacher,
        ["headteacher_title"] = school.HeadteacherTitle,
        ["chair_of_governors"] = school.ChairOfGovernors,
        ["governing_body"] = school.GoverningBody,
        ["is_federation"] = school.IsFederation,
        ["sites"] = new ScriptArray(school.Sites.Select(site => new ScriptObject
        {
            ["name"] = site.Name,
            ["address"] = string.Join(", ", site.AddressLines),
            ["phone"] = site.Phone,
            ["email"] = site.Email,
            ["website"] = site.Website,
        })),
    };

    private static ScriptObject Roles(IReadOnlyDictionary<string, RoleHolder> roles)
    {
        var result = new ScriptObject();
        foreach (var (key, holder) in roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            result[KeyNames.ToTemplateName(key)] = new ScriptObject
            {
                ["name"] = holder.Name,
                ["title"] = holder.Title,
                ["email"] = holder.Email,
                ["phone"] = holder.Phone,
            };
        }

        return result;
    }

    private static ScriptObject Settings(IReadOnlyDictionary<string, SettingValue> settings)
    {
        var result = new ScriptObject();
        foreach (var (key, setting) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            result[KeyNames.ToTemplateName(key)] = setting.Value;
        }

        return result;
    }
}
