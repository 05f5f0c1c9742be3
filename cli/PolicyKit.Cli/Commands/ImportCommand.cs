using System.CommandLine;
using PolicyKit.Cli.Output;
using PolicyKit.Import;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using Spectre.Console;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit import FILE --as ID</c> and <c>policykit import --dir FOLDER</c>: existing documents into policy sources.</summary>
internal static class ImportCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo?>("file") { Description = "The Word (.docx, .doc), OpenDocument (.odt), RTF or PDF document to import.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--as") { Description = "The policy id to import it as: the file written is <policies>/<id>.md (or the school's override)." };
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "Import every .docx, .docm, .odt, .doc, .rtf and .pdf in this folder, each as the id its file name gives." };
        var recursive = new Option<bool>("--recursive") { Description = "With --dir, also import documents in sub-folders." };
        var school = new Option<string?>("--school") { Description = "The school whose document this is: it is imported as that school's version of the trust's policy." };
        var force = new Option<bool>("--force") { Description = "Replace a policy file that is already there." };
        var report = new Option<FileInfo?>("--report") { Description = "With --dir, also write a Markdown report of every document and what to check in it." };
        var policies = CommonOptions.Policies();
        policies.Aliases.Add("--sources");
        var command = new Command("import", "Turn an existing Word, OpenDocument or PDF policy into a policy source file, then check that it builds.")
        {
            file, id, dir, recursive, school, force, report, policies,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var root = parse.GetValue(policies)!;
            var folder = parse.GetValue(dir);
            var document = parse.GetValue(file);
            if ((folder is null) == (document is null))
            {
                stderr.WriteLine("error: give one document to import (policykit import FILE --as ID) or a folder of them (policykit import --dir FOLDER).");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (folder is not null)
            {
                var request = new FolderImportRequest(root, folder.FullName, today) { SchoolId = parse.GetValue(school), Overwrite = parse.GetValue(force), Recursive = parse.GetValue(recursive) };
                return Task.FromResult(ImportFolder(request, parse.GetValue(report), stdout, stderr, cancellationToken));
            }

            if (parse.GetValue(id) is not { } policyId)
            {
                var suggestion = PolicyImport.IdFromFileName(document!.Name) ?? "online-safety";
                stderr.WriteLine($"error: say which policy {document!.Name} is with --as, such as --as {suggestion}: the file written is {Path.Combine(SourceSetLoader.DisplayPath(root), suggestion)}.md.");
                return Task.FromResult(ExitCodes.Usage);
            }

            var single = new ImportRequest(root, document!.FullName, policyId, today) { SchoolId = parse.GetValue(school), Overwrite = parse.GetValue(force) };
            return Task.FromResult(ImportOne(single, stdout, stderr));
        });
        return command;
    }

    private static int ImportOne(ImportRequest request, TextWriter stdout, TextWriter stderr)
    {
        var outcome = PolicyImport.File(request);
        Print(outcome.Diagnostics, stderr);
        var name = Path.GetFileName(request.File);
        if (outcome.WrittenPath is not { } path)
        {
            stderr.WriteLine($"{name} was not imported: nothing was written.");
            return ExitCodes.SourceErrors;
        }

        var written = SourceSetLoader.DisplayPath(path);
        stdout.WriteLine($"Imported {name} as {written}: {ImportReport.Summary(outcome)}.");
        if (outcome.Failed)
        {
            stderr.WriteLine($"{written} was written but does not build yet: correct the errors above in it, then run ./policykit validate.");
            return ExitCodes.SourceErrors;
        }

        stdout.WriteLine(NextStep(written, outcome.Diagnostics.Count, outcome.Confidence == ImportConfidence.TextOnly));
        return ExitCodes.Success;
    }

    private static int ImportFolder(FolderImportRequest request, FileInfo? reportFile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var outcome = PolicyImport.Folder(request, new Progress(stdout), cancellationToken);
        Print(outcome.Diagnostics.Concat(outcome.Files.SelectMany(f => f.Diagnostics)), stderr);
        if (outcome.Files.Count > 0)
        {
            Render(outcome, stdout);
        }

        if (reportFile is not null)
        {
            try
            {
                AtomicText(reportFile.FullName, ImportReport.Markdown(request.Folder, outcome));
                stdout.WriteLine($"Wrote the report to {SourceSetLoader.DisplayPath(reportFile.FullName)}.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: the report could not be written to {SourceSetLoader.DisplayPath(reportFile.FullName)}: {ex.Message}");
                return ExitCodes.OutputFailed;
            }
        }

        var written = outcome.Files.Where(f => f.WrittenPath is not null).Select(f => SourceSetLoader.DisplayPath(f.WrittenPath!)).ToList();
        var failed = outcome.Files.Count(f => f.Failed);
        if (failed > 0 || outcome.Diagnostics.Any(d => d.IsError))
        {
            stderr.WriteLine(outcome.Files.Count == 0 ? "Nothing was imported."
                : failed == outcome.Files.Count ? $"None of the {DiagnosticPrinter.Count(failed, "document")} imported cleanly: see the errors above."
                : $"{DiagnosticPrinter.Count(failed, "document")} of {outcome.Files.Count} did not import cleanly: see the errors above. The others were imported.");
        }

        if (written.Count > 0)
        {
            stdout.WriteLine(NextStep(written.Count == 1 ? written[0] : $"the {written.Count} files written", outcome.Files.Where(f => f.WrittenPath is not null).Sum(f => f.Diagnostics.Count(d => !d.IsError)), outcome.Files.Any(f => f.Confidence == ImportConfidence.TextOnly)));
        }

        return outcome.Failed ? ExitCodes.SourceErrors : ExitCodes.Success;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        DiagnosticPrinter.Print(bag, stderr);
    }

    /// <param name="what">The file written, or "the 3 files written".</param>
    private static string NextStep(string what, int warnings, bool textOnly)
    {
        var check = warnings > 0 ? $" (the {DiagnosticPrinter.Count(warnings, "warning")} above mark the places to look at first)" : string.Empty;
        var pdf = textOnly ? " A PDF gives only its text: compare every heading and clause number with the original." : string.Empty;
        return $"Next: check {what} against the original{check}, then run ./policykit build.{pdf}";
    }

    private static void Render(FolderImportOutcome outcome, TextWriter stdout)
    {
        var console = ReportConsole.For(stdout);

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Document", "Written as", "Sections", "Clauses", "Tables", "Versions", "Numbering", "Read from", "To check");
        foreach (var file in outcome.Files)
        {
            var errors = file.Diagnostics.Count(d => d.IsError);
            var warnings = file.Diagnostics.Count - errors;
            table.AddRow(
                Markup.Escape(Path.GetFileName(file.File)),
                file.WrittenPath is { } path ? Markup.Escape(SourceSetLoader.DisplayPath(path)) : "[red]not written[/]",
                $"{file.Counts.Sections}",
                $"{file.Counts.Clauses}",
                $"{file.Counts.Tables}",
                $"{file.Counts.Versions}",
                Markup.Escape(file.Numbering ?? "-"),
                file.Confidence == ImportConfidence.TextOnly ? "[yellow]PDF text only[/]" : "structure",
                errors > 0 ? $"[red]{DiagnosticPrinter.Count(errors, "error")}[/]" : warnings > 0 ? $"[yellow]{DiagnosticPrinter.Count(warnings, "warning")}[/]" : "[green]nothing[/]");
        }

        console.Write(table);
    }

    private static void AtomicText(string path, string text)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Prints a line as each document starts, so a long folder shows it is moving.</summary>
    private sealed class Progress(TextWriter stdout) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => stdout.WriteLine($"[{value.Done + 1}/{value.Total}] {Path.GetFileName(value.File)}");
    }
}
