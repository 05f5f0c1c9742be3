using PolicyKit.Cli;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Redlining;

/// <summary>
/// <c>policykit diff --from 2.0 --to 2.1</c> in a git repository holding the example trust: 2.0 committed, then 2.1
/// proposed (one clause reworded and its history entry added), committed or still only in the working folder.
/// </summary>
public sealed class DiffFromHistoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policykit-tests", Guid.NewGuid().ToString("N"));

    public DiffFromHistoryTests()
    {
        GitRepository.Init(Repository);
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(Repository, "templates")); // trust.yaml names ../templates/reference.docx
        var text = File.ReadAllText(PolicyFile);
        var proposed = text.IndexOf("  - version: \"2.1\"", StringComparison.Ordinal);
        File.WriteAllText(PolicyFile, text.Remove(proposed, text.IndexOf("related:", proposed, StringComparison.Ordinal) - proposed));
        GitRepository.CommitAll(Repository, "Information security 2.0");
        ProposedText = text.Replace("Passwords must be at least", "Passwords must always be at least", StringComparison.Ordinal);
    }

    private string Repository => Path.Combine(_root, "repo");

    private string Policies => Path.Combine(Repository, "policies");

    private string PolicyFile => Path.Combine(Policies, "information-security.md");

    private string Output => Path.Combine(_root, "out");

    // The file as 2.1 proposes it: the 2.1 history entry back, and one clause reworded.
    private string ProposedText { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Diff_between_two_committed_versions_redlines_the_text_each_had_in_the_history()
    {
        File.WriteAllText(PolicyFile, ProposedText);
        GitRepository.CommitAll(Repository, "Information security 2.1 proposed");
        File.WriteAllText(PolicyFile, ProposedText.Replace("Passwords must always be at least", "Passwords must never be less than", StringComparison.Ordinal)
            .Replace("  - version: \"2.1\"", "  - version: \"2.2\"", StringComparison.Ordinal)); // a later, uncommitted draft is not 2.1

        var (code, stdout, stderr) = await Diff("--from", "2.0", "--to", "2.1");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Version 2.0 to 2.1: 1 change.", stdout, StringComparison.Ordinal);
        AssertRewordedToAlways();
    }

    [Fact]
    public void A_version_checked_out_from_a_commit_is_a_temporary_copy_of_the_whole_commit_deleted_on_dispose()
    {
        File.WriteAllText(PolicyFile, ProposedText);
        GitRepository.CommitAll(Repository, "Information security 2.1 proposed");
        var diagnostics = new PolicyKit.Model.Diagnostics.DiagnosticBag();

        string copy;
        using (var checkout = PolicyKit.Generator.History.PolicyHistory.Checkout(Policies, "information-security", "2.0", diagnostics, CancellationToken.None)!)
        {
            Assert.Empty(diagnostics);
            copy = checkout.SourcesRoot;
            Assert.NotEqual(Path.GetFullPath(Policies), Path.GetFullPath(copy));
            Assert.DoesNotContain("  - version: \"2.1\"", File.ReadAllText(Path.Combine(copy, "information-security.md")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(copy, "..", "templates", "reference.docx")));
        }

        Assert.False(Directory.Exists(copy));
    }

    [Fact]
    public async Task Diff_to_a_version_still_only_in_the_working_folder_compares_the_uncommitted_proposal()
    {
        File.WriteAllText(PolicyFile, ProposedText);

        var (code, stdout, stderr) = await Diff("--from", "2.0", "--to", "2.1");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Version 2.0 to 2.1: 1 change.", stdout, StringComparison.Ordinal);
        AssertRewordedToAlways();
    }

    [Fact]
    public async Task A_version_from_the_history_can_be_compared_with_a_policy_folder()
    {
        var folder = Path.Combine(_root, "proposal", "policies");
        CliRun.CopyFolder(Policies, folder);
        CliRun.CopyFolder(Path.Combine(Repository, "templates"), Path.Combine(_root, "proposal", "templates"));
        File.WriteAllText(Path.Combine(folder, "information-security.md"), ProposedText);

        var (code, _, stderr) = await Diff("--from", "2.0", "--to-sources", folder);

        Assert.True(code == ExitCodes.Success, stderr);
        AssertRewordedToAlways();
    }

    [Fact]
    public async Task A_version_given_both_by_number_and_as_a_folder_is_a_command_line_error()
    {
        var (code, _, stderr) = await Diff("--from", "2.0", "--from-sources", Policies, "--to", "2.1");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from and --from-sources cannot be used together", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task A_version_the_history_does_not_have_is_named_with_the_versions_it_does_have()
    {
        File.WriteAllText(PolicyFile, ProposedText);
        GitRepository.CommitAll(Repository, "Information security 2.1 proposed");

        var (code, _, stderr) = await Diff("--from", "1.5", "--to", "2.1");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("error PK0904: version 1.5 is not in the policy's git history: its commits have versions 2.0, 2.1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task A_source_error_in_a_version_from_the_history_names_the_file_in_the_repository_with_its_version_and_commit()
    {
        var committed = File.ReadAllText(PolicyFile);
        var line = committed[..committed.IndexOf("{{ settings.password_min_length }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(PolicyFile, committed.Replace("{{ settings.password_min_length }}", "{{ settings.password_min_lenght }}", StringComparison.Ordinal));
        GitRepository.CommitAll(Repository, "Information security 2.0, with a misspelt setting");
        var commit = GitRepository.Read(Repository, "rev-parse", "--short=7", "HEAD");
        File.WriteAllText(PolicyFile, ProposedText);

        var (code, _, stderr) = await Diff("--from", "2.0", "--to", "2.1");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains($"policies/information-security.md (at 2.0, commit {commit})({line},", stderr, StringComparison.Ordinal);
        Assert.Contains("password_min_lenght", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("policykit-history", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task A_commit_git_cannot_export_is_an_error_naming_the_commit_and_what_to_do()
    {
        // A damaged repository: the Word reference document's content is missing from the object store, so git
        // finds version 2.0 (the policy's own text is there) but cannot export the commit's files.
        var commit = GitRepository.Read(Repository, "rev-parse", "HEAD");
        var blob = GitRepository.Read(Repository, "rev-parse", "HEAD:templates/reference.docx");
        File.Delete(Path.Combine(Repository, ".git", "objects", blob[..2], blob[2..]));
        File.WriteAllText(PolicyFile, ProposedText);

        var (code, _, stderr) = await Diff("--from", "2.0", "--to", "2.1");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains($"policies/information-security.md (at 2.0, commit {commit[..7]}): error PK0906: git found version 2.0 in commit {commit[..7]} but could not export", stderr, StringComparison.Ordinal);
        Assert.Contains("git fsck", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot write the redline", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    // The reworded clause is an inserted word in the Word redline, and the summary names it.
    private void AssertRewordedToAlways()
    {
        var summary = File.ReadAllText(Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.md"));
        Assert.Contains("- **Reworded** clause 4.1.2 (`password-strength`): Passwords must always be at least", summary, StringComparison.Ordinal);
        var docx = File.ReadAllBytes(Path.Combine(Output, "oakhurst", "information-security-2.0-to-2.1.docx"));
        var accepted = string.Join('\n', TrackedChanges.TextAfter(docx, accept: true));
        var rejected = string.Join('\n', TrackedChanges.TextAfter(docx, accept: false));
        Assert.Contains("Passwords must always be at least", accepted, StringComparison.Ordinal);
        Assert.Contains("Passwords must be at least", rejected, StringComparison.Ordinal);
        Assert.DoesNotContain("must always be", rejected, StringComparison.Ordinal);
    }

    private Task<(int Code, string Stdout, string Stderr)> Diff(params string[] versions) =>
        CliRun.RunAsync(["diff", "information-security", "--school", "oakhurst", "--policies", Policies, .. versions, "--out", Output]);
}
