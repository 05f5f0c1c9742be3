using PolicyKit.Cli;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Cli;

/// <summary>What <c>ratifications propose</c> and <c>pull</c> say before they reach storage, when there is nothing to do or something missing.</summary>
public sealed class RatificationsCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "policykit-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task Proposing_a_policy_with_no_version_awaiting_ratification_says_how_to_propose_one_and_uploads_nothing()
    {
        var (code, _, stderr) = await CliRun.RunAsync("ratifications", "propose", "data-protection", "--policies", RepositoryPaths.Policies, "--out", _output, "--storage", "UseDevelopmentStorage=true");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("data-protection.md: error: 'data-protection' has no version awaiting ratification. Add the new version's entry at the end of 'version-history' with 'status: proposed'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulling_without_the_record_key_is_refused_before_anything_is_read_or_written()
    {
        var before = File.ReadAllText(Path.Combine(RepositoryPaths.Policies, "information-security.md"));
        var (code, _, stderr) = await CliRun.RunAsync("ratifications", "pull", "--policies", RepositoryPaths.Policies, "--storage", "UseDevelopmentStorage=true");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("give the service's record key (--record-key or POLICYKIT_RECORD_KEY)", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(RepositoryPaths.Policies, "information-security.md")));
    }

    [Fact]
    public async Task Proposing_without_storage_names_the_setting_to_give()
    {
        var (code, _, stderr) = await CliRun.RunAsync("ratifications", "propose", "information-security", "--policies", RepositoryPaths.Policies, "--out", _output);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--storage", stderr, StringComparison.Ordinal);
    }
}
