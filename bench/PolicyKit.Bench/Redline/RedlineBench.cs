using BenchmarkDotNet.Attributes;
using PolicyKit.Bench.Generation;
using PolicyKit.Generator.Building;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx;
using PolicyKit.Rendering.Html;

namespace PolicyKit.Bench.Redline;

/// <summary>
/// A redline of a 60-clause policy at one school (<see cref="ProposalSources"/>): the comparison alone, the comparison
/// and the Word document with tracked changes (the figure the product's 200 ms target applies to), and the web page.
/// The two versions are read and modelled once, in the set-up, as the diff command does before it compares.
/// </summary>
[MemoryDiagnoser]
public class RedlineBench
{
    private const string SchoolId = "millbrook";

    // The proposal's history entry date, and the day it is compared on (before any of the example's review dates).
    private static readonly DateOnly Date = new(2027, 5, 26);
    private static readonly DateOnly Today = new(2026, 12, 1);

    private string _folder = "";
    private PolicyDocument _from = null!;
    private PolicyDocument _to = null!;
    private DocxReferenceDocument _reference = null!;
    private PolicyDocument _redline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("policykit-redline-bench-").FullName;
        var root = RepositoryFiles.FindRoot(Environment.CurrentDirectory) ?? RepositoryFiles.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("cannot find the PolicyKit checkout (PolicyKit.sln) above the current folder.");
        var (fromRoot, toRoot) = ProposalSources.Write(root, _folder);
        (_from, _) = Compile(fromRoot);
        (_to, _reference) = Compile(toRoot);
        _redline = WordDocument();

        var changes = Redliner.Compare(_from, _to, ("2.0", "2.1"), "JW", Date).Changes;
        var kinds = string.Join(", ", changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        Console.WriteLine($"// Redline of {ProposalSources.ClauseCount} clauses at {SchoolId}: {changes.Count} changes ({kinds}).");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>(a) Aligning the two versions' blocks and words, and merging them into one marked-up model.</summary>
    [Benchmark]
    public object Compare() => Redliner.Compare(_from, _to, ("2.0", "2.1"), "JW", Date);

    /// <summary>(b) The comparison and the Word document with tracked changes, in memory.</summary>
    [Benchmark(Baseline = true)]
    public long CompareAndWord()
    {
        using var docx = new MemoryStream();
        DocxRenderer.Render(WordDocument(), docx, new DocxRenderOptions { ReferenceDocument = _reference });
        return docx.Length;
    }

    /// <summary>(c) The web page of an already compared redline.</summary>
    [Benchmark]
    public int Html() => HtmlRenderer.Render(_redline, new HtmlPageLinks(null, "information-security-2.0-to-2.1.docx", null)).Length;

    // As the diff command gives it to the renderers: the redline's model with the cover's "changes from" line.
    private PolicyDocument WordDocument()
    {
        var document = Redliner.Compare(_from, _to, ("2.0", "2.1"), "JW", Date).Document;
        return new PolicyDocument { Info = document.Info with { Comparison = new VersionComparison("2.0", "2.1", "proposed") }, Body = document.Body };
    }

    private static (PolicyDocument Document, DocxReferenceDocument Reference) Compile(string root)
    {
        var diagnostics = new DiagnosticBag();
        var session = BuildSession.Open(new BuildOptions(root, Today) { Schools = [SchoolId], Policies = [ProposalSources.PolicyId] }, diagnostics);
        var compiled = session is { Targets.Count: 1 } ? session.Compile(session.Targets[0].School, session.Targets[0].Policy) : null;
        if (compiled is null || diagnostics.HasErrors)
        {
            var problems = string.Join("\n", diagnostics.Sorted().Select(d => d.ToString()));
            throw new InvalidOperationException($"the benchmark's policy in {root} does not build:\n{problems}");
        }

        return (compiled.Document, compiled.ReferenceDocument);
    }
}
