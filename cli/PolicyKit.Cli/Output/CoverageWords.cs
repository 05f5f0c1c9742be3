using PolicyKit.Generator.Coverage;

namespace PolicyKit.Cli.Output;

/// <summary>Coverage states and levels as a business manager reads them.</summary>
internal static class CoverageWords
{
    public static string State(CoverageState state) => state switch
    {
        CoverageState.Covered => "in place",
        CoverageState.Missing => "missing",
        CoverageState.NotRatified => "not ratified",
        _ => "review overdue",
    };

    public static string Level(RequirementLevel level) => level == RequirementLevel.Required ? "required" : "recommended";
}
