using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Cli.Output;

/// <summary>Prints diagnostics one per line, as compilers do, so editors and CI can jump to the line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string Summary(DiagnosticBag diagnostics) =>
        $"{Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}";

    public static bool Failed(DiagnosticBag diagnostics, bool failOnWarnings) =>
        diagnostics.HasErrors || (failOnWarnings && diagnostics.WarningCount > 0);

    /// <summary>"1 error", "2 errors".</summary>
    public static string Count(int count, string word) => count switch
    {
        1 => $"1 {word}",
        _ when word.EndsWith('y') => $"{count} {word[..^1]}ies",
        _ => $"{count} {word}s",
    };
}
