using PolicyKit.Sources.Statutory;

namespace PolicyKit.Generator.Coverage;

/// <summary>A school's type, and a requirement's condition, as a business manager says them.</summary>
internal static class SchoolTypeWords
{
    /// <summary>"Academy, secondary, special, with a sixth form"; "Type not given" when the school has not said.</summary>
    public static string Describe(SchoolProfile profile)
    {
        var parts = new List<string> { profile.Category is { } category ? Category(category) : "Type not given" };
        if (profile.Phase is { } phase)
        {
            parts.Add(Phase(phase));
        }

        if (profile.Special)
        {
            parts.Add("special");
        }

        var extras = new List<string>();
        if (profile.Nursery)
        {
            extras.Add("a nursery");
        }

        if (profile.SixthForm)
        {
            extras.Add("a sixth form");
        }

        if (extras.Count > 0)
        {
            parts.Add("with " + string.Join(" and ", extras));
        }

        return string.Join(", ", parts);
    }

    /// <summary>"All schools", "Maintained schools", "Maintained schools and academies, secondary and all-through".</summary>
    public static string Describe(StatutoryCondition condition)
    {
        var who = condition.Types.Count == 0 ? "All schools" : Join(condition.Types.Select(Plural).Distinct().ToList());
        var parts = new List<string> { who };
        if (condition.Phases.Count > 0)
        {
            parts.Add(Join(condition.Phases.Select(Phase).ToList()));
        }

        AddFlag(parts, condition.Special, "special schools");
        AddFlag(parts, condition.Nursery, "with a nursery");
        AddFlag(parts, condition.SixthForm, "with a sixth form");
        return string.Join(", ", parts);
    }

    private static void AddFlag(List<string> parts, bool? flag, string words)
    {
        if (flag is { } value)
        {
            parts.Add(value ? words : "not " + words);
        }
    }

    private static string Join(List<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];

    private static string Category(SchoolCategory category) => category switch
    {
        SchoolCategory.Maintained => "Maintained",
        SchoolCategory.Academy => "Academy",
        SchoolCategory.FreeSchool => "Free school",
        _ => "Independent",
    };

    private static string Plural(SchoolCategory category) => category switch
    {
        SchoolCategory.Maintained => "Maintained schools",
        SchoolCategory.Independent => "Independent schools",
        // A free school is an academy in law; the list names them together.
        _ => "Academies and free schools",
    };

    private static string Phase(SchoolPhase phase) => phase switch
    {
        SchoolPhase.Primary => "primary",
        SchoolPhase.Secondary => "secondary",
        _ => "all-through",
    };
}
