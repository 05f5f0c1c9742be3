using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.ExampleTrust;

/// <summary>
/// Golden files of the Word XML of the example trust's two documents with their own layout: a trust-level policy
/// (the board's, naming the chief executive and the chair of the board, its change log a numbered section, no
/// signatures) and a staff handbook's policy 7 (7.1 numbering, a review sentence before the contents, month-only dates).
/// </summary>
public sealed partial class ExampleLayoutDocumentsTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "policykit-layout-examples-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Theory]
    [InlineData("oakhurst", "whistleblowing")]
    [InlineData("millbrook", "lone-working")]
    public async Task Word_xml_of_a_layout_example_matches_its_snapshot(string school, string policy)
    {
        var options = new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23))
        {
            OutputRoot = _output,
            Formats = OutputFormats.Docx,
            Schools = [school],
            Policies = [policy],
        };
        var diagnostics = new DiagnosticBag();
        Assert.True(await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None) is not null, string.Join('\n', diagnostics));

        var parts = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(Path.Combine(_output, school, policy + ".docx"));
        foreach (var name in new[] { "word/document.xml", "word/numbering.xml", "docProps/custom.xml" })
        {
            await using var stream = zip.GetEntry(name)!.Open();
            parts[name] = InputHash().Replace(XDocument.Load(stream).ToString(), "<vt:lpwstr>(input hash)</vt:lpwstr>").Split('\n');
        }

        Snapshot.Match(parts, SnapshotNameExtension.Create(policy));
    }

    // The input hash covers the generator's own build, which changes with every commit.
    [GeneratedRegex("<vt:lpwstr>[0-9a-f]{64}</vt:lpwstr>")]
    private static partial Regex InputHash();
}
