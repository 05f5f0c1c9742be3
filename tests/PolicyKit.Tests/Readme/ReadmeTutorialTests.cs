using System.Text.RegularExpressions;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Readme;

/// <summary>
/// The README's five-minute tutorial, followed step by step in a fresh clone: its shell blocks are taken from the
/// README itself and run as written, so the tutorial cannot drift from what PolicyKit does.
/// </summary>
public sealed partial class ReadmeTutorialTests
{
    [Fact]
    public async Task The_five_minute_tutorial_works_as_written_in_a_fresh_clone()
    {
        var tutorial = Section(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), "## Five-minute tutorial");
        var shell = Fenced(tutorial, "bash");
        Assert.Equal(2, shell.Count);
        using var clone = FreshClone.Create();
        var html = Path.Combine(clone.Root, "out", "hazelwood", "information-security.html");

        // 1. Add a school.
        var (added, addedOutput) = await clone.RunAsync(TimeSpan.FromMinutes(8), "/bin/bash", "-euc", shell[0]);
        Assert.True(added == 0, addedOutput);
        Assert.True(File.Exists(Path.Combine(clone.Root, "out", "hazelwood", "index.html")), addedOutput);
        Assert.Contains("Hazelwood Primary School", File.ReadAllText(html), StringComparison.Ordinal);

        // 2. Change a setting, then misspell it: validate prints the line the README shows.
        var school = Path.Combine(clone.Root, "policies", "schools", "hazelwood", "school.yaml");
        File.AppendAllText(school, Fenced(tutorial, "yaml").Single());
        var (changed, changedOutput) = await clone.RunAsync(TimeSpan.FromMinutes(4), "policykit", "build", "--school", "hazelwood", "--policy", "information-security");
        Assert.True(changed == 0, changedOutput);
        Assert.Contains("at least 12 characters", File.ReadAllText(html), StringComparison.Ordinal);
        File.WriteAllText(school, File.ReadAllText(school).Replace("password-min-length: 12", "pasword-min-length: 12", StringComparison.Ordinal));
        var (invalid, validateOutput) = await clone.RunAsync(TimeSpan.FromMinutes(4), "policykit", "validate");
        Assert.Equal(1, invalid);
        Assert.Contains(Fenced(tutorial, "").Single().Trim(), validateOutput, StringComparison.Ordinal);
        File.WriteAllText(school, File.ReadAllText(school).Replace("pasword-min-length: 12", "password-min-length: 12", StringComparison.Ordinal));

        // 3. Override a clause.
        var (overridden, overrideOutput) = await clone.RunAsync(TimeSpan.FromMinutes(4), "/bin/bash", "-euc", shell[1]);
        Assert.True(overridden == 0, overrideOutput);
        Assert.Contains("Staff at Hazelwood Primary School use a passphrase of three random words.", File.ReadAllText(html), StringComparison.Ordinal);

        // 4. What is due.
        var (status, statusOutput) = await clone.RunAsync(TimeSpan.FromMinutes(2), "policykit", "status");
        Assert.True(status == 0, statusOutput);
        Assert.Contains("hazelwood", statusOutput, StringComparison.OrdinalIgnoreCase);
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no '{heading}'.");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    /// <summary>The fenced blocks of one language ("" for a plain fence), in order.</summary>
    private static List<string> Fenced(string markdown, string language) =>
        Fence().Matches(markdown).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value).ToList();

    [GeneratedRegex(@"^```(\w*)\n(.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Fence();
}
