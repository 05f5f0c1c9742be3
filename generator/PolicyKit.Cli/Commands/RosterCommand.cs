using System.CommandLine;
using PolicyKit.SignOff;
using PolicyKit.SignOff.People;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Cli.Commands;

internal static class RosterCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "The roster CSV exported from the MIS (name, email, group; optional staff id and school)." };
        var school = new Option<string?>("--school") { Description = "The school the whole file is for (otherwise the file needs a School column)." };
        var skip = new Option<bool>("--skip-invalid") { Description = "Import the good rows even when some rows have problems." };
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var import = new Command("import", "Replace the roster of each school in the file. A file with problems changes nothing unless --skip-invalid is given.")
        {
            file, school, skip, storage, container,
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

            try
            {
                var store = SignOffStore.Connect(storageOptions);
                var importer = new RosterImporter(new ReleaseCatalog(store), new RosterStore(store, clock), new OpenInviteAddresses(store, new ImmutableRecords(store), null, clock));
                await using var stream = path.OpenRead();
                var report = await importer.ImportAsync(stream, path.Name, parse.GetValue(school), parse.GetValue(skip), cancellationToken);
                foreach (var problem in report.Problems)
                {
                    stderr.WriteLine($"{(report.Applied ? "warning" : "error")}: {problem}");
                }

                if (!report.Applied)
                {
                    stderr.WriteLine($"Nothing was imported: {report.Problems.Count} problem(s). Correct them, or use --skip-invalid to import the other rows.");
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
}
