using PolicyKit.Import.Recognition;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Import.Targets;

/// <summary>
/// The names a school's document spells out that a source writes as template fields, so that one imported policy
/// prints each school's own names: the school, its motto, its headteacher and chair, every named role holder and the trust.
/// </summary>
internal static class NameFields
{
    // Shorter than this, a name is too likely to be an ordinary word of the text ("IT", "Ann").
    private const int ShortestName = 4;

    public static IReadOnlyList<NameField> For(SourceSet sources, SchoolSource? school)
    {
        var fields = new List<NameField>();
        if (school is not null)
        {
            Add(fields, school.Name, "school.name");
            Add(fields, school.Motto, "school.motto");
            Add(fields, school.Headteacher, "school.headteacher");
            Add(fields, school.ChairOfGovernors, "school.chair_of_governors");
            Add(fields, school.Email, "school.email");
            Add(fields, school.Website, "school.website");
            Add(fields, school.Phone, "school.phone");
        }

        var roles = school is null ? sources.Trust.Roles : sources.RolesFor(school);
        foreach (var (key, holder) in roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!holder.HasName)
            {
                continue; // the title alone is ordinary words, not a person to replace
            }

            var role = "roles." + key.Replace('-', '_');
            Add(fields, holder.Name, role + ".name");
            Add(fields, holder.Email, role + ".email");
            Add(fields, holder.Phone, role + ".phone");
        }

        Add(fields, sources.Trust.Name, "trust.name");
        Add(fields, sources.Trust.Website, "trust.website");

        // Longest first, so "Millbrook School" is replaced before a role holder named "Millbrook".
        return [.. fields.OrderByDescending(f => f.Text.Length).ThenBy(f => f.Expression, StringComparer.Ordinal)];
    }

    private static void Add(List<NameField> fields, string? text, string expression)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: >= ShortestName } && !fields.Any(f => string.Equals(f.Text, trimmed, StringComparison.Ordinal)))
        {
            fields.Add(new NameField(trimmed, expression));
        }
    }
}
