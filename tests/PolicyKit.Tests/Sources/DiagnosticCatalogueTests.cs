using System.Reflection;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

public sealed class DiagnosticCatalogueTests
{
    private static readonly string[] Codes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_code_is_documented_with_cause_and_fix()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        Assert.All(Codes, code => Assert.Contains($"| {code} |", document, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_has_a_test_that_pins_its_message()
    {
        var tests = typeof(DiagnosticCodeTests).GetMethods().Select(m => m.Name).ToList();
        Assert.All(Codes, code => Assert.Contains(tests, name => name.StartsWith(code + "_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
    }
}
