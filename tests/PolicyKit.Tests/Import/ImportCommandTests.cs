using DocumentFormat.OpenXml.Packaging;
using PolicyKit.Cli;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Import;

/// <summary>The import command run as a person would, against a copy of the example trust.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policykit-import-").FullName;

    public ImportCommandTests()
    {
        // trust.yaml names the reference document as ../templates/reference.docx, so the copy keeps the two side by side.
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates"));
    }

    private string Policies => Path.Combine(_root, "policies");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task One_document_needs_an_id_and_the_error_suggests_the_one_its_name_gives()
    {
        var document = Document("Online Safety Policy 2024.docx");

        var (code, _, stderr) = await CliRun.RunAsync("import", document, "--policies", Policies);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error: say which policy Online Safety Policy 2024.docx is with --as, such as --as online-safety", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_needs_a_document_or_a_folder_but_not_both()
    {
        var (neither, _, stderr) = await CliRun.RunAsync("import", "--policies", Policies);
        var (both, _, _) = await CliRun.RunAsync("import", Document("Lone Working.docx"), "--dir", _root, "--as", "lone-working", "--policies", Policies);

        Assert.Equal(ExitCodes.Usage, neither);
        Assert.Equal(ExitCodes.Usage, both);
        Assert.Contains("give one document to import (policykit import FILE --as ID) or a folder of them", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_no_documents_imports_nothing_and_says_why()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "not a policy");

        var (code, _, stderr) = await CliRun.RunAsync("import", "--dir", empty, "--policies", Policies);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("error PK1343: the folder has no document PolicyKit imports (.docx, .docm, .odt, .doc, .rtf or .pdf) (sub-folders are not searched unless --recursive is given).", stderr, StringComparison.Ordinal);
    }

    // The tests below read real documents, so they need the reader, the recogniser and the targets.
    [Fact]
    public async Task One_document_is_written_as_the_policy_and_the_output_ends_with_the_next_step()
    {
        var document = Built("online-safety");

        var (code, stdout, stderr) = await CliRun.RunAsync("import", document, "--as", "online-safety-imported", "--policies", Policies);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.True(File.Exists(Path.Combine(Policies, "online-safety-imported.md")));
        Assert.Contains("Imported online-safety.docx as ", stdout, StringComparison.Ordinal);
        Assert.Contains("then run ./policykit build.", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_policy_file_is_not_replaced_without_force()
    {
        var existing = Path.Combine(Policies, "online-safety.md");
        var before = File.ReadAllText(existing);
        var document = Built("online-safety");

        var (code, _, stderr) = await CliRun.RunAsync("import", document, "--as", "online-safety", "--policies", Policies);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("error PK1340: ", stderr, StringComparison.Ordinal);
        Assert.Contains("is already there, so online-safety.docx was not imported; import it with another id (--as), or add --force to replace the file.", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(existing));

        var (forced, _, forcedErrors) = await CliRun.RunAsync("import", document, "--as", "online-safety", "--force", "--policies", Policies);
        Assert.True(forced == ExitCodes.Success, forcedErrors);
    }

    [Fact]
    public async Task A_folder_is_imported_with_a_report_and_a_corrupt_document_does_not_stop_the_others()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "from-school")).FullName;
        File.Copy(Built("online-safety"), Path.Combine(folder, "Online Safety Policy 2024.docx"));
        File.Copy(Built("mobile-phones"), Path.Combine(folder, "Mobile Phones Policy v2.docx"));
        File.WriteAllText(Path.Combine(folder, "Behaviour Policy.docx"), "this is not a Word document");
        var report = Path.Combine(_root, "import-report.md");
        File.Delete(Path.Combine(Policies, "online-safety.md"));
        File.Delete(Path.Combine(Policies, "mobile-phones.md"));

        var (code, stdout, stderr) = await CliRun.RunAsync("import", "--dir", folder, "--report", report, "--policies", Policies);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.True(File.Exists(Path.Combine(Policies, "online-safety.md")), stderr);
        Assert.True(File.Exists(Path.Combine(Policies, "mobile-phones.md")), stderr);
        Assert.False(File.Exists(Path.Combine(Policies, "behaviour.md")));
        Assert.Contains("Behaviour Policy.docx", stderr, StringComparison.Ordinal);
        Assert.Contains("1 document of 3 did not import cleanly", stderr, StringComparison.Ordinal);
        Assert.Contains("Next: check the 2 files written", stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(report);
        Assert.Contains("## Behaviour Policy.docx\n\nNot written.", markdown, StringComparison.Ordinal);
        Assert.Contains("## Online Safety Policy 2024.docx\n\nWritten as `", markdown, StringComparison.Ordinal);
    }

    /// <summary>A file that is named .docx; its content does not matter to the command-line checks.</summary>
    private string Document(string name)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, "not read: the command line is checked first");
        return path;
    }

    /// <summary>
    /// The example trust's Millbrook document of a policy, built by the generator. Millbrook has no override of the
    /// policies imported here: Oakhurst's document of online safety holds Oakhurst's own clause, which imported as the
    /// trust's policy would also stand in Oakhurst's override (PK0301), and only the person importing knows which
    /// clauses are the school's own (they import it with --school instead).
    /// </summary>
    private string Built(string policyId)
    {
        var output = Path.Combine(_root, "out");
        var built = Path.Combine(output, "millbrook", policyId + ".docx");
        if (!File.Exists(built))
        {
            var options = new PolicyKit.Generator.Building.BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23)) { OutputRoot = output, Formats = PolicyKit.Generator.Building.OutputFormats.Docx, Schools = ["millbrook"] };
            var diagnostics = new PolicyKit.Model.Diagnostics.DiagnosticBag();
            _ = PolicyKit.Generator.Building.BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None).GetAwaiter().GetResult() ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        }

        using (WordprocessingDocument.Open(built, false))
        {
            return built;
        }
    }
}
