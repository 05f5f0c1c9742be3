using System.Reflection;
using System.Xml.Linq;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Layering;

/// <summary>
/// The hosts reach the sign-off library through a small public API, not through InternalsVisibleTo: what is public is
/// a decision recorded in PublicApi.approved.txt, and only the tests and benchmarks see a production assembly's internals.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] TestAssemblies = ["PolicyKit.Tests", "PolicyKit.Bench"];

    [Fact]
    public void The_service_assemblies_make_public_only_the_approved_types()
    {
        var approved = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "PolicyKit.Tests", "Layering", "PublicApi.approved.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        var actual = new[] { typeof(PolicyKit.SignOff.SignOffServices).Assembly, typeof(PolicyKit.Functions.Hosting.SignOffApp).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !IsRazorView(t))
            .Select(t => $"{t.Assembly.GetName().Name}: {t.FullName}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(approved, actual);
    }

    [Fact]
    public void The_generator_makes_public_only_the_approved_types()
    {
        var approved = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "PolicyKit.Tests", "Layering", "GeneratorPublicApi.approved.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        var actual = new[] { typeof(PolicyKit.Generator.Building.BuildRunner).Assembly, typeof(PolicyKit.Sources.Loading.SourceSet).Assembly, typeof(PolicyKit.Import.ImportException).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => $"{t.Assembly.GetName().Name}: {t.FullName}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(approved, actual);
    }

    [Fact]
    public void Production_assemblies_show_their_internals_only_to_the_tests()
    {
        var opened = new List<string>();
        foreach (var folder in new[] { "cli", "generator", "functions" })
        {
            foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.csproj", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryPaths.Root, project).Replace('\\', '/');
                opened.AddRange(XDocument.Load(project).Descendants("InternalsVisibleTo")
                    .Select(e => (string?)e.Attribute("Include") ?? "")
                    .Where(friend => !TestAssemblies.Contains(friend))
                    .Select(friend => $"{relative} -> {friend}"));
            }

            foreach (var source in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                if (File.ReadAllText(source).Contains("InternalsVisibleTo(", StringComparison.Ordinal))
                {
                    opened.Add(Path.GetRelativePath(RepositoryPaths.Root, source) + " -> (assembly attribute)");
                }
            }
        }

        Assert.Empty(opened);
    }

    // Razor compiles each .cshtml into a type of the app's assembly; they are ASP.NET Core's, not an API.
    private static bool IsRazorView(Type type) => type.Namespace == "AspNetCoreGeneratedDocument";
}
