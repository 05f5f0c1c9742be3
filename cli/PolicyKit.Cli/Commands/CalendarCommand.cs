using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Commands;

internal static class CalendarCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var school = CommonOptions.School();
        var output = new Option<string>("--out")
        {
            Description = "The folder for <school>.ics and trust.ics.",
            DefaultValueFactory = _ => CalendarExportOptions.DefaultOutputFolder,
        };
        var siteUrl = new Option<string?>("--site-url")
        {
            Description = "Where the built policy site (the build's output folder) is published, e.g. https://policies.example.org/, so each event links to its policy's page.",
        };
        var command = new Command("calendar", $"Write each policy's review date as an all-day event: <school>.ics for each school and {CalendarExport.TrustFileName} for the trust. Each review keeps its UID in {CalendarStateFile.RelativePath} under the policy folder, so importing again updates the events.")
        {
            policies, output, school, siteUrl,
        };
        command.SetAction((parse, _) =>
        {
            // Checked here rather than by the parser so that a wrong address exits with the usage code, not a source error's.
            var siteText = parse.GetValue(siteUrl);
            Uri? site = null;
            if (siteText is not null && !(Uri.TryCreate(siteText, UriKind.Absolute, out site) && site.Scheme is "https" or "http"))
            {
                stderr.WriteLine($"--site-url: '{siteText}' is not a web address; write it in full, e.g. https://policies.example.org/.");
                return Task.FromResult(ExitCodes.Usage);
            }

            var diagnostics = new DiagnosticBag();
            var root = parse.GetValue(policies)!;
            var sources = SourceSetLoader.Load(root, diagnostics);
            var state = sources is null || diagnostics.HasErrors ? null : CalendarStateFile.Load(root, diagnostics);
            var options = new CalendarExportOptions(parse.GetValue(output)!) { Schools = parse.GetValue(school) ?? [], SiteUrl = site };
            var result = sources is null || state is null || diagnostics.HasErrors ? null : Write(sources, state, options, clock, diagnostics, stderr);
            DiagnosticPrinter.Print(diagnostics, stderr);
            if (result is null)
            {
                if (diagnostics.HasErrors)
                {
                    stderr.WriteLine($"Cannot write the review calendar: {DiagnosticPrinter.Summary(diagnostics)}. Nothing was written.");
                    return Task.FromResult(ExitCodes.SourceErrors);
                }

                return Task.FromResult(ExitCodes.OutputFailed);
            }

            Report(result.Value.Result, result.Value.StatePath, stdout);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static (CalendarExportResult Result, string StatePath)? Write(SourceSet sources, CalendarState state, CalendarExportOptions options, TimeProvider clock, DiagnosticBag diagnostics, TextWriter stderr)
    {
        try
        {
            return CalendarExport.Write(sources, state, options, clock, diagnostics) is { } result
                ? (result, SourceSetLoader.DisplayPath(CalendarStateFile.PathIn(sources.Root)))
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot write the review calendar: {ex.Message} Files already written are complete; run the command again once the folder can be written.");
            return null;
        }
    }

    private static void Report(CalendarExportResult result, string statePath, TextWriter stdout)
    {
        foreach (var file in result.Files)
        {
            stdout.WriteLine($"  {SourceSetLoader.DisplayPath(file)}");
        }

        stdout.WriteLine($"Wrote {DiagnosticPrinter.Count(result.Files.Count, "calendar")} with {DiagnosticPrinter.Count(result.Events, "review")}: {result.NewEvents} new, {result.MovedEvents} moved to a new date.");
        if (result.Undated > 0)
        {
            stdout.WriteLine($"{DiagnosticPrinter.Count(result.Undated, "review")} left out: no review date (set 'next-review:').");
        }

        stdout.WriteLine(result.StateChanged
            ? $"Updated {statePath}: commit it with the policies so the events keep their UIDs."
            : $"{statePath} is unchanged.");
    }
}
