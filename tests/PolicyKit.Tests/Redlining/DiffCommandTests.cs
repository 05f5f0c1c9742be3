using PolicyKit.Cli;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Rendering.Html;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Redlining;

/// <summary><c>policykit diff</c> as a person runs it: two copies of the example trust's sources, one edited as a new version.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policykit-tests", Guid.NewGuid().ToString("N"));

    public DiffCommandTests()
    {
        CliRun.CopyFolder(RepositoryPaths.Policies, Old);
        CliRun.CopyFolder(RepositoryPaths.Policies, New);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates")); // trust.yaml names ../templates/reference.docx
        // The old side is version 2.0 as it stood before the proposed 2.1 was written down; the new side keeps 2.1.
        var oldPath = Path.Combine(Old, "information-security.md");
        var oldText = File.ReadAllText(oldPath);
        var proposed = oldText.IndexOf("  - version: \"2.1\"", StringComparison.Ordinal);
        File.WriteAllText(oldPath, oldText.Remove(proposed, oldText.IndexOf("related:", proposed, StringComparison.Ordinal) - proposed));
        var path = Path.Combine(New, "information-security.md");
        var text = File.ReadAllText(path)
            .Replace("Passwords must be at least", "Passwords must always be at least", StringComparison.Ordinal)
            .Replace("1. Do not use your school password for any other account, and do not use a personal password for a school account. {#no-reuse}\n", string.Empty, StringComparison.Ordinal)
            .Replace("1. If you forget your password,", "1. Passphrases of three random words are easier to remember. {#passphrases}\n1. If you forget your password,", StringComparison.Ordinal);
        var moved = "1. It is not part of any contract of employment, and the trust may update it at any time after consulting staff. {#not-contractual}\n";
        text = text.Replace(moved, string.Empty, StringComparison.Ordinal)
            .Replace("1. Everyone who uses our systems must", moved + "1. Everyone who uses our systems must", StringComparison.Ordinal);
        File.WriteAllText(path, text);
    }

    private string Old => Path.Combine(_root, "old");

    private string New => Path.Combine(_root, "new");

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Diff_of_two_source_folders_writes_a_valid_Word_redline_and_a_summary_of_the_changed_clauses()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("diff", "information-security", "--school", "oakhurst", "--from-sources", Old, "--to-sources", New, "--out", Output);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Version 2.0 to 2.1: 4 changes.", stdout, StringComparison.Ordinal);
        var docx = File.ReadAllBytes(Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.docx"));
        var errors = RedlineDocuments.ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10)));

        // The web page beside it: the school's page, saying what it compares, listing each change with a link to it.
        var page = HtmlTree.Parse(File.ReadAllText(Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.html")));
        Assert.Equal("Changes from version 2.0 to 2.1 (proposed)", Assert.Single(page.Descendants("p"), p => p.HasClass("redline-subtitle")).Text);
        var links = page.Descendants("ol").Single(l => l.HasClass("redline-changes")).Descendants("a").ToList();
        Assert.Equal(5, links.Count); // a moved clause is listed at both its places
        Assert.All(links, link => Assert.NotNull(page.ById(link["href"]![1..])));
        Assert.Contains(links, l => l.Text == "Moved clause 2.4 from here to 3.1");
        var moved = page.Descendants("ins").Single(i => i.HasClass("change-moved"));
        Assert.Equal("JW", moved["data-author"]);
        Assert.Equal("2027-05-26", moved["datetime"]);
        Assert.StartsWith("Moved here from 2.4:", moved.Text, StringComparison.Ordinal);

        // Oakhurst numbers 1.1 / 1.1.1, and the summary uses its numbers.
        var summary = File.ReadAllText(Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.md"));
        Assert.Contains("# Information security and acceptable use: changes from version 2.0 to 2.1", summary, StringComparison.Ordinal);
        Assert.Contains("- **Moved** clause (`not-contractual`) from 2.4 to 3.1: It is not part", summary, StringComparison.Ordinal);
        Assert.Contains("- **Reworded** clause 4.1.2 (`password-strength`): Passwords must always be at least 10 characters", summary, StringComparison.Ordinal);
        Assert.Contains("- **Removed** clause 4.1.3 (`no-reuse`)", summary, StringComparison.Ordinal);
        Assert.Contains("- **Added** clause 4.1.5 (`passphrases`)", summary, StringComparison.Ordinal);
        Assert.Contains("> Added 4.1.5; removed 4.1.3; moved 2.4 to 3.1; reworded 4.1.2.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibreOffice_converts_a_redline_to_a_PDF_that_shows_the_deleted_and_the_inserted_words()
    {
        var (code, _, stderr) = await CliRun.RunAsync("diff", "information-security", "--school", "oakhurst", "--from-sources", Old, "--to-sources", New, "--out", Output);
        Assert.True(code == ExitCodes.Success, stderr);
        var docx = Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.docx");
        var pdf = Path.Combine(_root, "redline.pdf");

        var failures = await new PdfConverter(new LibreOfficeOptions { Instances = 1, TemporaryRoot = Path.Combine(_root, "office") })
            .ConvertAsync([new PdfJob(docx, pdf, "Information security and acceptable use")], null, CancellationToken.None);

        Assert.Empty(failures);
        var text = PdfText.Collapse(string.Join(' ', PdfText.PageLines(pdf).SelectMany(page => page)));
        Assert.Contains("Passwords must always be at least", text, StringComparison.Ordinal); // the inserted word
        Assert.Contains("Do not use your school password for any other account", text, StringComparison.Ordinal); // the deleted clause
        Assert.Contains("Passphrases of three random words", text, StringComparison.Ordinal); // the inserted clause
    }

    [Fact]
    public async Task Accepting_every_change_of_the_redline_gives_the_text_the_build_writes_for_the_new_version()
    {
        // Millbrook replaces the reworded clause with its own, so its redline must not show that change.
        var (code, _, stderr) = await CliRun.RunAsync("diff", "information-security", "--school", "millbrook", "--from-sources", Old, "--to-sources", New, "--out", Output);
        Assert.True(code == ExitCodes.Success, stderr);
        var (built, _, buildErrors) = await CliRun.RunAsync("build", "--policies", New, "--out", Path.Combine(_root, "built"), "--school", "millbrook", "--policy", "information-security", "--format", "docx");
        Assert.True(built == ExitCodes.Success, buildErrors);

        var redline = File.ReadAllBytes(Path.Combine(Output, "millbrook", "information-security-2.0-to-2.1.docx"));
        var expected = TrackedChanges.Text(File.ReadAllBytes(Path.Combine(_root, "built", "millbrook", "information-security.docx")));
        var accepted = TrackedChanges.TextAfter(redline, accept: true);

        // Only the cover and the first metadata row say what the redline is; the rest is the new version as built.
        const string Heading = "Changes from version 2.0 to 2.1 (proposed)";
        Assert.Equal(["Information security and acceptable use", Heading, "This document", Heading], accepted.SkipWhile(l => l != "Information security and acceptable use").Take(4));
        Assert.Equal(expected, accepted.Where(l => l is not (Heading or "This document")));
    }

    [Fact]
    public async Task An_unknown_school_or_policy_is_named_with_a_suggestion_and_nothing_is_written()
    {
        var (code, _, stderr) = await CliRun.RunAsync("diff", "information-secrity", "--school", "milbrook", "--from-sources", Old, "--to-sources", New, "--out", Output);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("there is no school 'milbrook' (did you mean 'millbrook'?)", stderr, StringComparison.Ordinal);
        Assert.Contains("there is no policy 'information-secrity' (did you mean 'information-security'?)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }
}
