using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.History;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit diff POLICY --school ID --from V1 --to V2</c>: a redline between two versions, each taken from the
/// policy's git history (--from, --to) or from a policy folder (--from-sources, --to-sources).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policy = new Argument<string>("POLICY") { Description = "The policy to compare (its file name without .md)." };
        var school = new Option<string>("--school") { Description = "The school whose document is compared, branded and numbered as it has it.", Required = true };
        var from = new Option<string>("--from") { Description = "The old version, as its version-history entry writes it (\"2.0\"), read from the git history of the policy folder." };
        var to = new Option<string>("--to") { Description = "The new version, read from the git history, or from the policy folder itself while it is the newest entry there." };
        var fromSources = new Option<string>("--from-sources") { Description = "Instead of --from: a policy folder (holding trust.yaml) with the old version." };
        var toSources = new Option<string>("--to-sources") { Description = "Instead of --to: a policy folder with the new version." };
        var policies = CommonOptions.Policies();
        policies.Description = "The trust's policy folder (holding trust.yaml), whose git history --from and --to read.";
        var output = CommonOptions.Output("The folder the redline goes to, as <school>/<policy>-<from>-to-<to>.docx, .html and .md.");
        var command = new Command("diff", "Write a redline between two versions of a policy: a Word document with tracked changes, a web page and a summary of the changed clauses.")
        {
            policy, school, from, to, fromSources, toSources, policies, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var fromSide = Side.Of("from", parse.GetValue(from), parse.GetValue(fromSources));
            var toSide = Side.Of("to", parse.GetValue(to), parse.GetValue(toSources));
            if ((fromSide.Problem ?? toSide.Problem) is { } problem)
            {
                stderr.WriteLine(problem);
                return Task.FromResult(ExitCodes.Usage);
            }

            var diagnostics = new DiagnosticBag();
            var policyId = parse.GetValue(policy)!;
            PolicyCheckout? oldCheckout = null;
            PolicyCheckout? newCheckout = null;
            try
            {
                oldCheckout = fromSide.Checkout(parse.GetValue(policies)!, policyId, diagnostics, cancellationToken);
                newCheckout = toSide.Checkout(parse.GetValue(policies)!, policyId, diagnostics, cancellationToken);
                if (oldCheckout is null || newCheckout is null)
                {
                    DiagnosticPrinter.Print(InRepository(diagnostics, oldCheckout, newCheckout), stderr);
                    stderr.WriteLine($"No redline written: {DiagnosticPrinter.Summary(diagnostics)}.");
                    return Task.FromResult(ExitCodes.SourceErrors);
                }

                var options = new RedlineOptions(oldCheckout.SourcesRoot, newCheckout.SourcesRoot, policyId, parse.GetValue(school)!, CommonOptions.Today(null, clock))
                {
                    OutputRoot = parse.GetValue(output)!,
                };
                return Task.FromResult(Run(options, (oldCheckout, newCheckout), stdout, stderr, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"Cannot write the redline: {ex.Message}");
                return Task.FromResult(ExitCodes.OutputFailed);
            }
            finally
            {
                oldCheckout?.Dispose();
                newCheckout?.Dispose();
            }
        });
        return command;
    }

    private static int Run(RedlineOptions options, (PolicyCheckout Old, PolicyCheckout New) checkouts, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var found = new DiagnosticBag();
        var result = RedlineRunner.Run(options, found, cancellationToken);
        var diagnostics = InRepository(found, checkouts.Old, checkouts.New);
        DiagnosticPrinter.Print(diagnostics, stderr);
        if (result is null)
        {
            stderr.WriteLine($"No redline written: {DiagnosticPrinter.Summary(diagnostics)}.");
            return ExitCodes.SourceErrors;
        }

        stdout.WriteLine($"Version {result.FromVersion} to {result.ToVersion}: {DiagnosticPrinter.Count(result.Changes.Count, "change")}.");
        foreach (var path in result.WrittenFiles)
        {
            stdout.WriteLine($"  {path}");
        }

        return ExitCodes.Success;
    }

    // A version read from a commit is a temporary copy, gone once diff ends: name its files as the repository does.
    private static DiagnosticBag InRepository(DiagnosticBag diagnostics, params PolicyCheckout?[] checkouts)
    {
        var named = new DiagnosticBag();
        foreach (var diagnostic in diagnostics)
        {
            named.Add(checkouts.OfType<PolicyCheckout>().Aggregate(diagnostic, (d, checkout) => checkout.InRepository(d)));
        }

        return named;
    }

    // One side of the comparison: a version from the history, or a folder given as it is.
    private sealed record Side(string Name, string? Version, string? Sources, string? Problem)
    {
        public static Side Of(string name, string? version, string? sources) => (version, sources) switch
        {
            ({ }, { }) => new(name, version, sources, $"--{name} and --{name}-sources cannot be used together: give the {name} version either by its number (--{name} 2.0) or as a policy folder (--{name}-sources DIR)."),
            (null, null) => new(name, null, null, $"Say which version to compare {name}: --{name} VERSION (from the policy's git history) or --{name}-sources DIR (a policy folder)."),
            _ => new(name, version, sources, null),
        };

        public PolicyCheckout? Checkout(string policies, string policyId, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
            Sources is not null
                ? PolicyCheckout.Folder(Sources)
                : PolicyHistory.Checkout(policies, policyId, Version!, diagnostics, cancellationToken);
    }
}
