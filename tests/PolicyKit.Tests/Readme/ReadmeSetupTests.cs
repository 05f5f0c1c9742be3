using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Readme;

/// <summary>
/// The README's first set-up command, run as a newcomer runs it: in a fresh clone, with nothing built first. (The
/// second, ./run-tests, is the command running this test.)
/// </summary>
public sealed class ReadmeSetupTests
{
    [Fact]
    public async Task Policykit_build_in_a_fresh_clone_writes_every_schools_documents_and_the_site_index()
    {
        using var clone = FreshClone.Create();

        var (code, output) = await clone.RunAsync(TimeSpan.FromMinutes(8), "policykit", "build");

        Assert.True(code == 0, output);
        var schools = Directory.GetDirectories(Path.Combine(clone.Root, "policies", "schools")).Select(Path.GetFileName).ToList();
        var policies = Directory.GetFiles(Path.Combine(clone.Root, "policies"), "*.md").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(schools);
        Assert.NotEmpty(policies);
        foreach (var school in schools)
        {
            Assert.True(File.Exists(Path.Combine(clone.Root, "out", school!, "index.html")), $"out/{school}/index.html is missing.\n{output}");
            foreach (var policy in policies)
            {
                foreach (var extension in new[] { "docx", "pdf", "html" })
                {
                    Assert.True(File.Exists(Path.Combine(clone.Root, "out", school!, $"{policy}.{extension}")), $"out/{school}/{policy}.{extension} is missing.\n{output}");
                }
            }
        }

        Assert.True(File.Exists(Path.Combine(clone.Root, "out", "index.html")), output);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
