using PolicyKit.Cli.Output;
using PolicyKit.Generator.Ratifying;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Storage;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Ratifications;

/// <summary>
/// <c>ratifications pull</c>: every approval the service recorded, written into the policy sources by the generator's
/// writer. The service's approval is mapped onto the generator's own record here, so neither side knows the other.
/// </summary>
internal static class RatificationsPull
{
    public static async Task<int> RunAsync(string policiesRoot, StorageOptions storage, string recordKey, TimeProvider clock, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        IReadOnlyList<SignOff.Ratification.RatificationApproval> approvals;
        try
        {
            approvals = await RatificationCatalog.Connect(storage, clock, recordKey).ApprovedAsync(cancellationToken);
        }
        catch (SignOffException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.IsTransient ? ExitCodes.ServiceFailed : ExitCodes.Usage;
        }

        if (approvals.Count == 0)
        {
            stdout.WriteLine($"No approvals recorded in container '{storage.Container}' yet: nothing to write.");
            return ExitCodes.Success;
        }

        int written = 0, already = 0, refused = 0;
        foreach (var approval in approvals)
        {
            var result = RatificationWriter.Write(policiesRoot, new Generator.Ratifying.RatificationApproval(
                approval.Policy, approval.Version, approval.Body, approval.School, approval.Date, approval.Chair, approval.MinuteRef, approval.Evidence));
            var scope = approval.School is null ? "every school" : approval.School;
            switch (result.Outcome)
            {
                case RatificationOutcome.Written:
                    written++;
                    stdout.WriteLine($"{approval.Policy} {approval.Version} ({scope}): ratified {approval.Date:yyyy-MM-dd}, chair {approval.Chair}. {result.Message}");
                    foreach (var change in result.Changes)
                    {
                        stdout.WriteLine($"  {SourceSetLoader.DisplayPath(change.Path)}({change.Line}): {change.Description}");
                    }

                    break;
                case RatificationOutcome.AlreadyRecorded:
                    already++;
                    break;
                default:
                    refused++;
                    stderr.WriteLine($"{approval.Policy} {approval.Version} ({scope}): not written: {result.Message}");
                    break;
            }
        }

        stdout.WriteLine($"{DiagnosticPrinter.Count(written, "approval")} written, {already} already in the sources" + (refused > 0 ? $", {refused} not written (see above)." : "."));
        if (written > 0)
        {
            stdout.WriteLine("Build to see the new dates in the documents, then commit the changed files.");
        }

        return refused > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
    }
}
