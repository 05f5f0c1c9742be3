using System.Reflection;

namespace PolicyKit.Tests.Layering;

/// <summary>
/// The deployed sign-off service stands without the generator: it receives built documents as neutral records, so
/// neither it nor anything it loads needs the sources, the model, the renderers or their packages.
/// </summary>
public sealed class ServiceLayeringTests
{
    private static readonly string[] GeneratorSide =
    [
        "PolicyKit.Generator", "PolicyKit.Model", "PolicyKit.Sources", "PolicyKit.Rendering",
        "policykit", // the command line's own assembly
        "DocumentFormat.OpenXml", "Markdig", "YamlDotNet", "UglyToad.PdfPig", "Spectre.Console", "System.CommandLine",
    ];

    [Fact]
    public void The_sign_off_library_loads_nothing_from_the_generator()
    {
        var loaded = Closure(typeof(PolicyKit.SignOff.SignOffOptions).Assembly);

        Assert.DoesNotContain(loaded, IsGeneratorSide);
    }

    [Fact]
    public void The_service_loads_nothing_from_the_generator_or_its_document_packages()
    {
        var loaded = Closure(typeof(PolicyKit.Functions.Hosting.SignOffApp).Assembly);

        Assert.Contains("PolicyKit.SignOff", loaded);
        Assert.DoesNotContain(loaded, IsGeneratorSide);
    }

    private static bool IsGeneratorSide(string name) =>
        GeneratorSide.Any(g => name.Equals(g, StringComparison.Ordinal) || name.StartsWith(g + ".", StringComparison.Ordinal));

    /// <summary>Every assembly reachable through references, by name (the framework's own are not followed).</summary>
    private static SortedSet<string> Closure(Assembly start)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>(start.GetReferencedAssemblies());
        while (pending.TryPop(out var name))
        {
            if (name.Name is not { } simple || !seen.Add(simple) || simple.StartsWith("System", StringComparison.Ordinal) || simple is "netstandard" or "mscorlib")
            {
                continue;
            }

            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }

        return seen;
    }
}
