using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Roster;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Commands;

internal static class RosterCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "The staff list exported from the MIS as CSV (SIMS, Arbor, Bromcom or by hand: name, email, group or job role; optional staff id and school)." };
        var school = new Option<string?>("--school") { Description = "The school the whole file is for, by id or name (otherwise the file needs a School column)." };
        var policies = CommonOptions.Policies();
        policies.Description = "The trust's policy folder: job roles are matched to groups with its roster-groups tables (when it does not exist, with the published ones).";
        var skip = new Option<bool>("--skip-invalid") { Description = "Import the good rows even when some rows have problems." };
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var import = new Command("import", "Replace the roster of each school in the file. A file with problems changes nothing unless --skip-invalid is given.")
        {
            file, school, skip, policies, storage, container,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                stderr.WriteLine($"error: {path.FullName} does not exist.");
                return ExitCodes.Usage;
            }

            var policiesResult = parse.GetResult(policies);
            if (!RoleGroupsOf(parse.GetValue(policies)!, policiesResult is null || policiesResult.Implicit, stdout, stderr, out var roleGroups))
            {
                return ExitCodes.SourceErrors;
            }

            try
            {
                var importer = RosterImporter.Connect(storageOptions, clock);
                await using var stream = path.OpenRead();
                var report = await importer.ImportAsync(stream, path.Name, parse.GetValue(school), parse.GetValue(skip), roleGroups, cancellationToken);
                foreach (var problem in report.Problems)
                {
                    stderr.WriteLine($"{(report.Applied ? "warning" : "error")}: {problem}");
                }

                if (!report.Applied)
                {
                    stderr.WriteLine(report switch
                    {
                        { HeaderRejected: true } => "Nothing was imported: correct the file's header row (the first line) as described above, or export the staff list from the MIS again.",
                        { SkippingWouldHelp: true } => $"Nothing was imported: {report.Problems.Count} problem(s). Correct them, or use --skip-invalid to import the other rows.",
                        _ => $"Nothing was imported: no row of the file can be used ({report.Problems.Count} problem(s)). Correct them and import the file again.",
                    });
                    return ExitCodes.SourceErrors;
                }

                foreach (var (id, count) in report.Imported)
                {
                    stdout.WriteLine($"{id}: {count} people on the roster.");
                }

                if (report.Skipped > 0)
                {
                    stdout.WriteLine($"{report.Skipped} row(s) with problems were skipped.");
                }

                stdout.WriteLine(RosterImportReport.OpenInvitesWording(report.OpenInvitesUpdated));

                return ExitCodes.Success;
            }
            catch (SignOffException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.ServiceFailed;
            }
        });

        return new Command("roster", "Staff, governor and volunteer rosters for sign-off rounds.") { import };
    }

    /// <summary>Each school's roster-groups table from the sources, or null (use the published ones) when the default folder is absent.</summary>
    /// <returns>False when the sources have errors: they are printed, and the import must not guess.</returns>
    private static bool RoleGroupsOf(string root, bool isDefault, TextWriter stdout, TextWriter stderr, out IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? roleGroups)
    {
        roleGroups = null;
        if (isDefault && !File.Exists(Path.Combine(root, SourceSetLoader.TrustFileName)))
        {
            return true;
        }

        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(root, diagnostics);
        if (sources is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics, stderr);
            stderr.WriteLine($"Nothing was imported: job roles are matched to groups with the roster-groups tables in {root}, which has errors. Correct them first.");
            return false;
        }

        roleGroups = sources.Schools.ToDictionary(s => s.Id, s => sources.RosterGroupsFor(s), StringComparer.Ordinal);
        stdout.WriteLine($"Job roles are matched to groups with the roster-groups tables in {SourceSetLoader.DisplayPath(root)}.");
        return true;
    }
}
