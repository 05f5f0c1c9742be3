using System.Xml.Linq;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Layering;

/// <summary>
/// The top-level folders are the layers: <c>cli/</c> drives both <c>generator/</c> and <c>functions/</c>, and those two
/// know nothing of each other or of the command line. A project reference across them fails here, by name.
/// </summary>
public sealed class ProjectLayeringTests
{
    /// <summary>Which top-level folders each layer's projects may reference (their own always).</summary>
    private static readonly Dictionary<string, string[]> MayReference = new(StringComparer.Ordinal)
    {
        ["generator"] = [],
        ["functions"] = [],
        ["cli"] = ["generator", "functions"],
    };

    public static TheoryData<string> ProductionProjects() => [.. MayReference.Keys.SelectMany(Projects)];

    [Fact]
    public void Every_production_project_sits_in_a_layer_folder()
    {
        var all = Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("tests/", StringComparison.Ordinal) && !p.StartsWith("bench/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));

        Assert.All(all, p => Assert.Contains(Layer(p), MayReference.Keys));
    }

    [Theory]
    [MemberData(nameof(ProductionProjects))]
    public void A_project_references_only_its_own_layer_and_those_below(string project)
    {
        var layer = Layer(project);
        var across = References(project).Where(r => r != layer && !MayReference[layer].Contains(r)).ToList();

        Assert.True(across.Count == 0, $"{project} references a project in {string.Join(", ", across)}/, which the {layer}/ layer must not depend on.");
    }

    [Fact]
    public void The_sign_off_library_does_not_reference_the_generator()
    {
        Assert.DoesNotContain("generator", References("functions/PolicyKit.SignOff/PolicyKit.SignOff.csproj"));
    }

    private static IEnumerable<string> Projects(string layer) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, layer), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The top-level folder of every project this one references.</summary>
    private static IEnumerable<string> References(string project)
    {
        var path = Path.Combine(RepositoryPaths.Root, project);
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, r.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Select(r => Layer(Path.GetRelativePath(RepositoryPaths.Root, r).Replace('\\', '/')));
    }

    private static string Layer(string relativePath) => relativePath.Split('/')[0];
}
