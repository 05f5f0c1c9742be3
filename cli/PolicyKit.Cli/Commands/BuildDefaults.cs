using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// The one place every command gets its build options from, so build, validate, publish and serve cannot drift apart
/// (serve once built Word documents only and published no web page to sign). The defaults themselves are
/// <see cref="BuildOptions"/>'s own; this only applies what the command line asked for.
/// </summary>
internal static class BuildDefaults
{
    /// <param name="output">The output folder asked for, or null for <see cref="BuildOptions.DefaultOutputRoot"/>.</param>
    /// <param name="formats">The formats asked for on the command line, or null for <see cref="BuildOptions"/>' default (all three).</param>
    public static BuildOptions For(string policies, DateOnly today, string? output = null, OutputFormats? formats = null)
    {
        var options = new BuildOptions(policies, today);
        options = output is null ? options : options with { OutputRoot = output };
        return formats is { } asked ? options with { Formats = asked } : options;
    }

    /// <summary>
    /// For publish and serve: whatever was asked for (by default all three, which the sign-off service uses: the web
    /// page people read and sign, the PDF their receipt attaches and the Word document the page offers), and always
    /// the web page. Without LibreOffice the PDF is left out and the build says how to install it.
    /// </summary>
    public static BuildOptions ForPublishing(string policies, DateOnly today, string? output = null, OutputFormats? formats = null)
    {
        var options = For(policies, today, output, formats);
        return options with { Formats = options.Formats | OutputFormats.Html };
    }
}
