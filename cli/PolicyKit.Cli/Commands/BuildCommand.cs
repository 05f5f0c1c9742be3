using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Pdf;
using Spectre.Console;

namespace PolicyKit.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var output = CommonOptions.Output("Where to write the documents.");
        var school = CommonOptions.School();
        var policy = CommonOptions.Policy();
        var asOf = CommonOptions.AsOf();
        var failOnWarnings = CommonOptions.FailOnWarnings();
        var format = FormatOption.Create();
        var force = new Option<bool>("--force") { Description = "Rebuild every output, even those whose sources have not changed." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list every file written." };
        var command = new Command("build", "Check the sources, then write each school's policies as Word, PDF and web pages (out/<school>/<policy>.docx, .pdf, .html) with an index page per school; only what changed is rebuilt.")
        {
            policies, output, format, school, policy, asOf, failOnWarnings, force, quiet, verbose,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = BuildDefaults.For(parse.GetValue(policies)!, CommonOptions.Today(parse.GetValue(asOf), clock), parse.GetValue(output)!, parse.GetValue(format)) with
            {
                Schools = parse.GetValue(school) ?? [],
                Policies = parse.GetValue(policy) ?? [],
                Force = parse.GetValue(force),
                WarningsAsErrors = parse.GetValue(failOnWarnings),
            };
            var pdfRequired = parse.GetValue(format) is { } asked && asked.HasFlag(OutputFormats.Pdf);
            var verbosity = parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
            return ExitOf(RunAsync(options, pdfRequired, verbosity, stdout, stderr, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ExitOf(Task<(int ExitCode, BuildResult? Result)> run) => (await run).ExitCode;

    /// <returns>The exit code, and what was built (null when nothing was, for errors in the sources).</returns>
    internal static async Task<(int ExitCode, BuildResult? Result)> RunAsync(BuildOptions options, bool pdfRequired, Verbosity verbosity, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        BuildResult? result;
        try
        {
            result = await Report(verbosity, stdout, progress => BuildRunner.RunAsync(options, diagnostics, progress, cancellationToken));
        }
        catch (Exception ex) when (IsOutputFailure(ex))
        {
            DiagnosticPrinter.Print(diagnostics, stderr);
            stderr.WriteLine($"{options.OutputRoot}: error: cannot write the documents: {Innermost(ex).Message} Files already written are complete; run the build again once this is fixed.");
            return (ExitCodes.OutputFailed, null);
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        if (result is null)
        {
            stderr.WriteLine($"Build failed: {DiagnosticPrinter.Summary(diagnostics)}. No documents were written.");
            return (ExitCodes.SourceErrors, null);
        }

        if (result.PdfSkipped)
        {
            stderr.WriteLine($"PDFs skipped: LibreOffice is not installed, so only Word and web pages were written. {LibreOffice.InstallHint}");
        }

        if (verbosity != Verbosity.Quiet)
        {
            var what = result.WrittenFiles.Count == 0
                ? "Nothing to do: every output is up to date"
                : $"Wrote {DiagnosticPrinter.Count(result.WrittenFiles.Count, "file")} to {options.OutputRoot}/";
            stdout.WriteLine($"{what} ({result.UpToDate} up to date) in {result.Elapsed.TotalSeconds:0.00} s; {DiagnosticPrinter.Summary(diagnostics)}.");
        }

        if (diagnostics.HasErrors)
        {
            // Errors after writing can only come from PDF conversion: source errors stop the build before it writes.
            stderr.WriteLine("Some PDFs could not be made (listed above); every other output was written. Run the build again to retry them.");
            return (ExitCodes.PdfConversionFailed, result);
        }

        return (result.PdfSkipped && pdfRequired ? ExitCodes.PdfEngineMissing : ExitCodes.Success, result);
    }

    // A live display on a terminal; plain lines when output goes to a file or CI log; nothing with --quiet.
    private static Task<T> Report<T>(Verbosity verbosity, TextWriter stdout, Func<IProgress<BuildProgress>?, Task<T>> work)
    {
        if (verbosity == Verbosity.Quiet)
        {
            return work(null);
        }

        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
        return terminal && verbosity == Verbosity.Normal
            ? LiveProgress.RunAsync(AnsiConsole.Console, progress => work(progress))
            : work(new PlainProgress(stdout, verbosity == Verbosity.Verbose));
    }

    private static bool IsOutputFailure(Exception ex) => Innermost(ex) is IOException or UnauthorizedAccessException;

    private static Exception Innermost(Exception ex) => ex is AggregateException { InnerException: { } inner } ? Innermost(inner) : ex;

    internal enum Verbosity
    {
        Quiet,
        Normal,
        Verbose,
    }
}
