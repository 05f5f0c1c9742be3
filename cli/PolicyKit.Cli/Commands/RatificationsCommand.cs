using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Cli.Ratifications;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Ratification;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit ratifications propose POLICY</c> uploads a proposed version and its redline for the clerk to send to
/// the chair; <c>policykit ratifications pull</c> writes the approvals the service recorded into the sources.
/// </summary>
internal static class RatificationsCommand
{
    public const string RecordKeyVariable = "POLICYKIT_RECORD_KEY";

    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr) =>
        new("ratifications", "Governors ratify new versions: upload a proposal for the clerk to send to the chair, and write the chair's approvals back into the sources.")
        {
            Propose(clock, stdout, stderr),
            Pull(clock, stdout, stderr),
        };

    private static Command Propose(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policy = new Argument<string>("POLICY") { Description = "The policy whose newest version-history entry is 'status: proposed' (its file name without .md)." };
        var policies = CommonOptions.Policies();
        var schools = CommonOptions.School();
        var output = CommonOptions.Output("Where the proposal's documents and redlines are written before they are uploaded (under proposals/).");
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var command = new Command("propose", "Build each school's documents of a proposed version and a redline from the version in force there (from git history), and upload them for the clerk to send to the chair from the service's Ratifications page.")
        {
            policy, policies, schools, output, storage, container,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            var today = CommonOptions.Today(null, clock);
            var policyId = parse.GetValue(policy)!;
            var outputRoot = Path.Combine(parse.GetValue(output)!, "proposals");
            var options = BuildDefaults.ForPublishing(parse.GetValue(policies)!, today, outputRoot) with
            {
                Policies = [policyId],
                Schools = parse.GetValue(schools) ?? [],
                ShowProposed = true,
            };

            var (built, build) = await BuildCommand.RunAsync(options, pdfRequired: false, BuildCommand.Verbosity.Quiet, stdout, stderr, cancellationToken);
            if (built != ExitCodes.Success || build is null)
            {
                return built;
            }

            if (build.Documents.Count == 0 || ProposalRequests.ProposedEntry(build.Documents[0].Policy) is null)
            {
                var path = build.Documents.Count > 0 ? build.Documents[0].Policy.Path : $"{policyId}.md";
                stderr.WriteLine($"{SourceSetLoader.DisplayPath(path)}: error: '{policyId}' has no version awaiting ratification. Add the new version's entry at the end of 'version-history' with 'status: proposed', then propose again.");
                return ExitCodes.SourceErrors;
            }

            var diagnostics = new DiagnosticBag();
            ProposalRequest? request;
            try
            {
                request = ProposalRequests.From(build, outputRoot, today, diagnostics, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"Cannot write the redline: {ex.Message} Nothing was uploaded.");
                return ExitCodes.OutputFailed;
            }

            DiagnosticPrinter.Print(diagnostics, stderr);
            if (request is null)
            {
                stderr.WriteLine($"No proposal uploaded: {DiagnosticPrinter.Summary(diagnostics)}.");
                return ExitCodes.SourceErrors;
            }

            try
            {
                var report = await ProposalPublisher.Connect(storageOptions, clock).PublishAsync(request, cancellationToken);
                foreach (var problem in report.Problems)
                {
                    stderr.WriteLine($"error: {problem}");
                }

                var uploaded = report.Schools.Where(s => s.Problem is null).ToList();
                var scope = request.TrustWide ? "the trust (once, for every school)" : DiagnosticPrinter.Count(uploaded.Count, "school");
                stdout.WriteLine($"Proposed version {request.Version} of '{request.Title}'{(request.FromVersion is { } from ? $" (in force: {from})" : string.Empty)} for {scope}: " +
                    $"{uploaded.Count(s => s.Uploaded)} uploaded, {uploaded.Count(s => !s.Uploaded)} already uploaded.");
                if (uploaded.Count > 0)
                {
                    stdout.WriteLine("The clerk can now send it to the chair from the service's Ratifications page.");
                }

                return report.Problems.Count > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
            }
            catch (SignOffException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ex.IsTransient ? ExitCodes.ServiceFailed : ExitCodes.SourceErrors;
            }
        });
        return command;
    }

    private static Command Pull(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var recordKey = new Option<string?>("--record-key")
        {
            Description = $"The service's SignOff:RecordKey, so that only approvals the service recorded are written (default: ${RecordKeyVariable}).",
        };
        var command = new Command("pull", "Write every approval the chairs gave online into the policy sources (the policy's version-history, or the school's override file), so the next build shows the date ratified.")
        {
            policies, storage, container, recordKey,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            if ((parse.GetValue(recordKey) ?? Environment.GetEnvironmentVariable(RecordKeyVariable)) is not { Length: > 0 } key)
            {
                stderr.WriteLine($"error: give the service's record key (--record-key or {RecordKeyVariable}): without it an approval put straight into storage could not be told from one the chair gave.");
                return ExitCodes.Usage;
            }

            return await RatificationsPull.RunAsync(parse.GetValue(policies)!, storageOptions, key, clock, stdout, stderr, cancellationToken);
        });
        return command;
    }
}
