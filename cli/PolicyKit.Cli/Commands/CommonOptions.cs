using System.CommandLine;
using System.Globalization;
using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Policies() => new("--policies")
    {
        Description = "The trust's policy folder (holding trust.yaml).",
        DefaultValueFactory = _ => "policies",
    };

    /// <summary>--out, defaulting to the build's own output folder.</summary>
    public static Option<string> Output(string description) => new("--out")
    {
        Description = description,
        DefaultValueFactory = _ => BuildOptions.DefaultOutputRoot,
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Compare review dates with this date (YYYY-MM-DD) instead of today.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"'{text}' is not a date written as YYYY-MM-DD.");
            return null;
        },
    };

    public static Option<bool> FailOnWarnings() => new("--fail-on-warnings")
    {
        Description = "Treat warnings (such as a review date that has passed) as errors.",
    };

    public static Option<string[]> School() => new("--school")
    {
        Description = "Only this school (repeat for more).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Policy() => new("--policy")
    {
        Description = "Only this policy (repeat for more).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static DateOnly Today(DateOnly? asOf, TimeProvider clock) => asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);
}
