using System.CommandLine;
using PolicyKit.Functions.Admin;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Evidence;

namespace PolicyKit.Cli.Commands;

internal static class SignOffCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var round = new Argument<string[]>("round") { Description = "The round id(s) to check (default: every round).", Arity = ArgumentArity.ZeroOrMore };
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var recordKey = new Option<string?>("--record-key")
        {
            Description = "The service's SignOff:RecordKey, to also check that every decision and exemption was written by the service (default: $POLICYKIT_RECORD_KEY).",
        };
        var verify = new Command("verify", "Recompute each round's evidence chain and report every record that was changed, removed or inserted.")
        {
            round, storage, container, recordKey,
        };
        verify.SetAction(async (parse, cancellationToken) =>
        {
            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var keyText = parse.GetValue(recordKey) ?? Environment.GetEnvironmentVariable("POLICYKIT_RECORD_KEY");
                var verifier = ChainVerifier.Connect(storageOptions, keyText);
                var ids = parse.GetValue(round) is { Length: > 0 } asked ? asked : (await verifier.RoundIdsAsync(cancellationToken)).ToArray();
                if (keyText is null)
                {
                    stdout.WriteLine("note: no record key given (--record-key or POLICYKIT_RECORD_KEY), so records put straight into storage cannot be told from the service's own.");
                }

                int broken = 0, missing = 0;
                foreach (var id in ids)
                {
                    if (!await verifier.HasRoundAsync(id, cancellationToken))
                    {
                        var known = await verifier.RoundIdsAsync(cancellationToken);
                        stderr.WriteLine($"error: there is no round '{id}' in container '{storageOptions.Container}'." + (known.Count == 0
                            ? " It holds no rounds yet."
                            : $" Its rounds are: {string.Join(", ", known)}. Run 'policykit signoff verify' with no round to check them all."));
                        missing++;
                        continue;
                    }

                    var report = await verifier.VerifyAsync(id, cancellationToken);
                    foreach (var problem in report.Problems)
                    {
                        stderr.WriteLine($"{problem.Subject}: error: {problem.Kind.ToString().ToLowerInvariant()}: {problem.Message}");
                    }

                    (report.IsIntact ? stdout : stderr).WriteLine($"{id}: {(report.IsIntact ? "intact" : $"{report.Problems.Count} problem(s)")} ({report.Entries} chain entries, {report.Decisions} decisions).");
                    broken += report.IsIntact ? 0 : 1;
                }

                if (ids.Length == 0)
                {
                    stdout.WriteLine("No rounds to check.");
                }

                // Exit 8 means tampering and nothing else; a round that is not there is a mistake in the command.
                return broken > 0 ? ExitCodes.EvidenceBroken : missing > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
            }
            catch (SignOffException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.ServiceFailed;
            }
        });

        var adminKey = new Command("admin-key", "Make a new admin key for the sign-off service and print it with the hash to put in its configuration (Admin:KeyHash).");
        adminKey.SetAction(_ =>
        {
            var key = AdminKey.Create();
            stdout.WriteLine($"Admin key (give it to the admins; it is not stored anywhere): {key}");
            stdout.WriteLine($"Admin:KeyHash (put this in the service's configuration):   {AdminKey.Hash(key)}");
            return ExitCodes.Success;
        });

        var makeRecordKey = new Command("record-key", "Make a new record key for the sign-off service (SignOff:RecordKey): it signs every decision so that one put straight into storage is not counted.");
        makeRecordKey.SetAction(_ =>
        {
            stdout.WriteLine($"SignOff:RecordKey (keep it secret, in the service's configuration and the auditor's verify command): {RecordKeys.Create()}");
            return ExitCodes.Success;
        });

        return new Command("signoff", "Sign-off records: check the evidence, make admin and record keys, print the schools' calendar addresses.") { verify, adminKey, makeRecordKey, CalendarLinksCommand.Create(clock, stdout, stderr) };
    }
}
