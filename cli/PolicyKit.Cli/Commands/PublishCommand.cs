using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Cli.Publishing;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Commands;

internal static class PublishCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var output = CommonOptions.Output("The build's output folder.");
        var templates = new Option<string>("--templates") { Description = "The trust's templates folder (its email/ templates are published too).", DefaultValueFactory = _ => "templates" };
        var format = FormatOption.Create();
        format.Description = "Outputs to publish besides the web page, which is always built and published (default: all three).";
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var command = new Command("publish", "Build (only what changed), then upload every school's documents with their SHA-256 to Azure Blob Storage for the sign-off service. A published version never changes.")
        {
            policies, output, templates, format, storage, container,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            var options = BuildDefaults.ForPublishing(parse.GetValue(policies)!, CommonOptions.Today(null, clock), parse.GetValue(output)!, parse.GetValue(format));
            var emailFolder = Path.Combine(parse.GetValue(templates)!, "email");
            return await RunAsync(options, storageOptions, emailFolder, clock, stdout, stderr, cancellationToken);
        });
        return command;
    }

    /// <summary>Builds what changed, then publishes exactly the files that build vouches for (never a stale one left in the output folder).</summary>
    internal static async Task<int> RunAsync(BuildOptions options, StorageOptions storage, string emailFolder, TimeProvider clock, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            // Check the trust's email templates before anything is built or uploaded: a broken one would stop every email.
            if (Directory.Exists(emailFolder))
            {
                Publisher.CheckEmailTemplates(emailFolder);
            }
        }
        catch (SignOffException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.SourceErrors;
        }

        var (built, build) = await BuildCommand.RunAsync(options, pdfRequired: false, BuildCommand.Verbosity.Quiet, stdout, stderr, cancellationToken);
        if (built != ExitCodes.Success || build is null)
        {
            return built;
        }

        var diagnostics = new DiagnosticBag();
        if (!PublishRequests.CheckVersionNumbers(build, diagnostics))
        {
            DiagnosticPrinter.Print(diagnostics, stderr);
            stderr.WriteLine($"{DiagnosticPrinter.Summary(diagnostics)}. Nothing was published.");
            return ExitCodes.SourceErrors;
        }

        (IReadOnlyList<SchoolCalendar> Calendars, Generator.Calendar.CalendarExportResult Result)? calendars;
        try
        {
            calendars = PublishedCalendars.Write(build, options.OutputRoot, clock, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Cannot write the review calendars: {ex.Message} Nothing was published; run publish again once the folder can be written.");
            return ExitCodes.OutputFailed;
        }

        DiagnosticPrinter.Print(diagnostics, stderr);
        if (calendars is null)
        {
            stderr.WriteLine($"Cannot write the review calendars: {DiagnosticPrinter.Summary(diagnostics)}. Nothing was published.");
            return ExitCodes.SourceErrors;
        }

        if (calendars.Value.Result.StateChanged)
        {
            stdout.WriteLine($"Updated {SourceSetLoader.DisplayPath(CalendarStateFile.PathIn(build.Session!.Sources.Root))}: commit it with the policies so the calendar events keep their UIDs.");
        }

        try
        {
            var publisher = Publisher.Connect(storage, clock);
            var request = PublishRequests.From(build, Directory.Exists(emailFolder) ? emailFolder : null) with { Calendars = calendars.Value.Calendars, Coverage = PublishRequests.CoverageOf(build, options.Today) };
            var report = await publisher.PublishAsync(request, cancellationToken);
            foreach (var problem in report.Problems)
            {
                stderr.WriteLine($"error: {problem}");
            }

            stdout.WriteLine(
                $"Published to container '{storage.Container}': {report.Count(PublishOutcome.Uploaded)} uploaded, " +
                $"{report.Count(PublishOutcome.AlreadyPublished) + report.Count(PublishOutcome.KeptPublishedCopy)} already published" +
                (report.Problems.Count > 0 ? $", {report.Problems.Count} refused." : "."));
            ReacceptanceReport.Print(report, request.Documents, stdout);
            return report.Problems.Count > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
        }
        catch (SignOffException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.IsTransient ? ExitCodes.ServiceFailed : ExitCodes.SourceErrors;
        }
    }
}
