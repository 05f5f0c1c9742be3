using PolicyKit.Cli;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public async Task Build_writes_one_document_per_school_and_policy()
    {
        var (code, stdout, _) = await Run("build", "--policies", _trust.Root, "--out", _trust.OutputRoot, "--as-of", "2026-11-23", "--format", "docx");
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(_trust.OutputRoot, "alder", "passwords.docx")));
        Assert.Contains("Wrote 1 file to", stdout, StringComparison.Ordinal);

        var (again, unchanged, _) = await Run("build", "--policies", _trust.Root, "--out", _trust.OutputRoot, "--format", "docx");
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("Nothing to do: every output is up to date (1 up to date)", unchanged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_writes_web_pages_and_a_site_index_beside_the_documents()
    {
        var (code, _, _) = await Run("build", "--policies", _trust.Root, "--out", _trust.OutputRoot, "--format", "docx,html");
        Assert.Equal(ExitCodes.Success, code);
        Assert.All(
            new[] { "alder/passwords.docx", "alder/passwords.html", "alder/index.html", "index.html" },
            file => Assert.True(File.Exists(Path.Combine(_trust.OutputRoot, file)), file));
        Assert.False(File.Exists(Path.Combine(_trust.OutputRoot, "alder", "passwords.pdf")));
        Assert.DoesNotContain("passwords.pdf", File.ReadAllText(Path.Combine(_trust.OutputRoot, "alder", "passwords.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_naming_the_choices()
    {
        var (code, _, stderr) = await Run("build", "--policies", _trust.Root, "--format", "docx,odt");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'odt' is not an output format; use docx, pdf or html", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bild")]
    [InlineData("build", "--colour")]
    [InlineData("diff", "information-security")]
    public async Task A_mistyped_command_or_option_exits_with_the_usage_code_not_the_source_errors_code(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEqual("", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_with_an_error_prints_it_and_writes_nothing()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("{{ school.name }}", "{{ school.nmae }}"));
        var (code, _, stderr) = await Run("build", "--policies", _trust.Root, "--out", _trust.OutputRoot, "--format", "docx");
        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.True(stderr.Contains("error PK0202: unknown variable 'school.nmae' (did you mean 'school.name'?)", StringComparison.Ordinal), stderr);
        Assert.Contains("No documents were written.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_trust.OutputRoot));
    }

    [Fact]
    public async Task Build_selects_schools_and_policies_and_rejects_unknown_ones()
    {
        var (code, _, stderr) = await Run("build", "--policies", _trust.Root, "--out", _trust.OutputRoot, "--school", "aldr", "--format", "docx");
        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("there is no school 'aldr' (did you mean 'alder'?)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_fails_on_warnings_only_when_asked()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", "next-review: 2026-01-01"));
        var (lenient, _, _) = await Run("validate", "--policies", _trust.Root, "--as-of", "2026-11-23");
        var (strict, _, stderr) = await Run("validate", "--policies", _trust.Root, "--as-of", "2026-11-23", "--fail-on-warnings");
        Assert.Equal(ExitCodes.Success, lenient);
        Assert.Equal(ExitCodes.SourceErrors, strict);
        Assert.Contains("warning PK0502", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_flags_overdue_and_due_soon_reviews()
    {
        var (code, stdout, _) = await Run("status", "--policies", _trust.Root, "--as-of", "2030-08-01", "--fail-on-overdue");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("due in 31 days", stdout, StringComparison.Ordinal);
        Assert.Contains("3 Sep 2025", stdout, StringComparison.Ordinal);

        var (overdueCode, overdue, _) = await Run("status", "--policies", _trust.Root, "--as-of", "2030-09-11", "--fail-on-overdue");
        Assert.Equal(ExitCodes.ReviewsOverdue, overdueCode);
        Assert.Contains("OVERDUE by 10 days", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_shows_who_ratified_each_version_and_any_version_awaiting_ratification()
    {
        var proposed = "  - version: \"1.1\"\n    date: 2026-10-01\n    by: TC\n    changes: Longer passwords.\n    status: proposed\n";
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01\n", "").Replace("---\n# Passwords", proposed + "---\n# Passwords"));
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\ngoverning-body: Local governing body");

        var (code, stdout, stderr) = await Run("status", "--policies", _trust.Root, "--as-of", "2026-08-01");
        Assert.True(code == ExitCodes.Success, stderr);
        var row = Assert.Single(stdout.Split('\n'), line => line.Contains("Alder School", StringComparison.Ordinal));
        Assert.Matches(@"│ 1\.0\s+│ 3 Sep 2025\s+│ Local governing body\s+│ 1\.1 proposed\s+│ 3 Sep 2026 \(cycle\)\s+│ due in 33 days", row);
        Assert.Contains("1 policies: 0 overdue, 1 due within 60 days, 1 awaiting ratification.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_doc_writes_a_document_the_build_accepts()
    {
        var path = Path.Combine(_trust.Root, "brand.docx");
        var (code, _, _) = await Run("reference-doc", "--out", path);
        Assert.Equal(ExitCodes.Success, code);
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nreference-doc: brand.docx");
        Assert.Empty(_trust.Compile().Diagnostics);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var (code, _, _) = await Run("biuld");
        Assert.NotEqual(ExitCodes.Success, code);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PolicyKitCommandLine.RunAsync(args, TimeProvider.System, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
