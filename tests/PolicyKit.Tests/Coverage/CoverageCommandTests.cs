using PolicyKit.Cli;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Coverage;

/// <summary>The real <c>policykit coverage</c> command over the example trust.</summary>
public sealed class CoverageCommandTests
{
    private static readonly string ExamplePolicies = Path.Combine(RepositoryPaths.Root, "policies");

    [Fact]
    public async Task Coverage_lists_each_school_with_its_type_and_its_gaps_and_succeeds()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("coverage", "--policies", ExamplePolicies, "--today", "2026-03-01");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Millbrook School (Academy, secondary, special, with a sixth form)", stdout, StringComparison.Ordinal);
        Assert.Contains("Oakhurst Primary Academy (Academy, primary)", stdout, StringComparison.Ordinal);
        Assert.Contains("Not applicable: Admission arrangements:", stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ Whistleblowing procedure +│ required +│ Whistleblowing +│ 10 Jul 2028 │ in place │ ✓ yes", stdout);
        Assert.Contains("Millbrook School: 17 missing.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_writes_csv_for_one_school()
    {
        var (code, stdout, _) = await CliRun.RunAsync("coverage", "--policies", ExamplePolicies, "--school", "oakhurst", "--format", "csv", "--today", "2026-03-01");
        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("School,School type,Requirement id,", lines[0], StringComparison.Ordinal);
        Assert.Contains("Oakhurst Primary Academy,\"Academy, primary\",data-protection,Data protection policy and privacy notices,recommended,Data protection,2027-03-31,in place,yes,no,no", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Millbrook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coverage_names_an_unknown_school_and_fails()
    {
        var (code, _, stderr) = await CliRun.RunAsync("coverage", "--policies", ExamplePolicies, "--school", "oakhurts");
        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("there is no school 'oakhurts' (did you mean 'oakhurst'?)", stderr, StringComparison.Ordinal);
    }
}
