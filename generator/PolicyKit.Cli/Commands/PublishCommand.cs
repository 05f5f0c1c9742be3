using System.CommandLine;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Cli.Commands;

internal static class PublishCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var output = new Option<string>("--out") { Description = "The build's output folder.", DefaultValueFactory = _ => "out" };
        var templates = new Option<string>("--templates") { Description = "The trust's templates folder (its email/ templates are published too).", DefaultValueFactory = _ => "templates" };
        var format = FormatOption.Create();
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

            var options = new BuildOptions(parse.GetValue(policies)!, DateOnly.FromDateTime(clock.GetLocalNow().Date))
            {
                OutputRoot = parse.GetValue(output)!,
                Formats = parse.GetValue(format) ?? OutputFormats.All,
            };
            var emailFolder = Path.Combine(parse.GetValue(templates)!, "email");
            return await RunAsync(options, storageOptions, emailFolder, clock, stdout, stderr, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(BuildOptions options, StorageOptions storage, string emailFolder, TimeProvider clock, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var built = await BuildCommand.RunAsync(options, pdfRequired: false, BuildCommand.Verbosity.Quiet, stdout, stderr, cancellationToken);
        if (built != ExitCodes.Success)
        {
            return built;
        }

        try
        {
            // Check the trust's email templates before anything is uploaded: a broken one would stop every email.
            if (Directory.Exists(emailFolder))
            {
                EmailTemplates.LoadDirectory(emailFolder);
            }

            var diagnostics = new DiagnosticBag();
            var compilation = Compiler.Compile(options, diagnostics, cancellationToken);
            if (compilation is null || diagnostics.HasErrors)
            {
                Output.DiagnosticPrinter.Print(diagnostics, stderr);
                return ExitCodes.SourceErrors;
            }

            var store = SignOffStore.Connect(storage);
            var report = await new Publisher(store, clock).PublishAsync(compilation, options.OutputRoot, Directory.Exists(emailFolder) ? emailFolder : null, cancellationToken);
            foreach (var problem in report.Problems)
            {
                stderr.WriteLine($"error: {problem}");
            }

            stdout.WriteLine(
                $"Published to container '{store.ContainerName}': {report.Count(PublishOutcome.Uploaded)} uploaded, " +
                $"{report.Count(PublishOutcome.AlreadyPublished) + report.Count(PublishOutcome.KeptPublishedCopy)} already published" +
                (report.Problems.Count > 0 ? $", {report.Problems.Count} refused." : "."));
            return report.Problems.Count > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
        }
        catch (SignOffException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.IsTransient ? ExitCodes.ServiceFailed : ExitCodes.SourceErrors;
        }
    }
}
