using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// The one place every command gets its build options from, so build, publish and serve cannot drift apart (serve
/// once built Word documents only and published no web page to sign).
/// </summary>
internal static class BuildDefaults
{
    /// <summary>
    /// What the sign-off service needs: the web page people read and sign (always), the PDF their receipt attaches and
    /// the Word document the page offers. Without LibreOffice the PDF is left out and the build says how to install it.
    /// </summary>
    public const OutputFormats SignOff = OutputFormats.All;

    /// <param name="formats">The formats asked for on the command line, or null for all three.</param>
    public static BuildOptions For(string policies, DateOnly today, string output, OutputFormats? formats = null) =>
        new(policies, today) { OutputRoot = output, Formats = formats ?? OutputFormats.All };

    /// <summary>For publish and serve: whatever was asked for, and always the web page, which is what people sign.</summary>
    public static BuildOptions ForPublishing(string policies, DateOnly today, string output, OutputFormats? formats = null) =>
        For(policies, today, output, (formats ?? SignOff) | OutputFormats.Html);
}
