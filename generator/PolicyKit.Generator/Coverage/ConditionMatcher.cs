using PolicyKit.Sources.Statutory;

namespace PolicyKit.Generator.Coverage;

/// <summary>Matches a requirement's <c>applies-to:</c> against a school's type.</summary>
internal static class ConditionMatcher
{
    public static Applicability Match(StatutoryCondition condition, SchoolProfile school)
    {
        if (condition.Phases.Count > 0 && school.Phase is { } phase && !condition.Phases.Contains(phase))
        {
            return Applicability.DoesNotApply;
        }

        if (!Flag(condition.Special, school.Special) || !Flag(condition.Nursery, school.Nursery) || !Flag(condition.SixthForm, school.SixthForm))
        {
            return Applicability.DoesNotApply;
        }

        if (condition.Types.Count > 0)
        {
            if (school.Category is not { } category)
            {
                return Applicability.DependsOnType;
            }

            if (!condition.Types.Contains(category))
            {
                return Applicability.DoesNotApply;
            }
        }

        // A school that has not said its phase is shown a phase requirement: better a line to check than a gap unseen.
        return condition.Phases.Count > 0 && school.Phase is null ? Applicability.DependsOnType : Applicability.Applies;
    }

    private static bool Flag(bool? wanted, bool school) => wanted is not { } value || value == school;
}
