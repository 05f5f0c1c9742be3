using System.Reflection;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Statutory;
using PolicyKit.Sources.Text;

namespace PolicyKit.Generator.Coverage;

/// <summary>The statutory policies a trust's schools are measured against: PolicyKit's built-in list with the trust's additions.</summary>
internal sealed class StatutoryCatalogue
{
    /// <summary>The built-in list's name in messages and in the generator assembly.</summary>
    public const string BuiltInName = "statutory-policies.yaml";

    private static readonly Lazy<IReadOnlyList<StatutoryEntrySource>> BuiltInEntries = new(ReadBuiltIn);

    private StatutoryCatalogue(IReadOnlyList<StatutoryEntrySource> entries, IReadOnlyList<StatutoryEntrySource> duplicates)
    {
        Entries = entries;
        Duplicates = duplicates;
    }

    /// <summary>PolicyKit's own entries, as shipped.</summary>
    public static IReadOnlyList<StatutoryEntrySource> BuiltIn => BuiltInEntries.Value;

    /// <summary>Every entry, built-in first then the trust's, one per id.</summary>
    public IReadOnlyList<StatutoryEntrySource> Entries { get; }

    /// <summary>The trust's entries whose id is already taken; they are left out of <see cref="Entries"/>.</summary>
    private IReadOnlyList<StatutoryEntrySource> Duplicates { get; }

    public static StatutoryCatalogue For(SourceSet sources)
    {
        var entries = new List<StatutoryEntrySource>(BuiltIn);
        var duplicates = new List<StatutoryEntrySource>();
        foreach (var added in sources.Trust.StatutoryPolicies.Added)
        {
            (entries.Any(e => e.Id == added.Id) ? duplicates : entries).Add(added);
        }

        return new StatutoryCatalogue(entries, duplicates);
    }

    public StatutoryEntrySource? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);

    /// <summary>Reports the trust's entries that repeat an id, and every <c>statutory-as:</c> and <c>not-applicable:</c> that names an unknown id or school.</summary>
    public void Validate(SourceSet sources, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in Duplicates)
        {
            var builtIn = BuiltIn.Any(e => e.Id == duplicate.Id);
            diagnostics.Error(
                DiagnosticCodes.DuplicateStatutoryRequirement,
                duplicate.IdSpan,
                builtIn
                    ? $"'{duplicate.Id}' is already in PolicyKit's list of statutory policies; give the trust's entry another id, or leave it out and map your policy to '{duplicate.Id}' with 'statutory-as:'."
                    : $"'{duplicate.Id}' is added twice under 'statutory-policies: add:'; keep one of them.");
        }

        var ids = Entries.Select(e => e.Id).ToList();
        foreach (var policy in sources.Policies)
        {
            foreach (var (id, span) in policy.StatutoryAs)
            {
                if (Find(id) is null)
                {
                    diagnostics.Error(DiagnosticCodes.UnknownStatutoryRequirement, span, $"'statutory-as: {id}' names no statutory policy{Suggestions.Hint(id, ids)}; use an id from docs/coverage.md, or add the trust's own under 'statutory-policies: add:' in trust.yaml.");
                }
            }
        }

        foreach (var notApplicable in sources.Trust.StatutoryPolicies.NotApplicable)
        {
            if (Find(notApplicable.Id) is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownStatutoryRequirement, notApplicable.IdSpan, $"'not-applicable' names '{notApplicable.Id}', which is not a statutory policy{Suggestions.Hint(notApplicable.Id, ids)}; use an id from docs/coverage.md.");
            }

            foreach (var (school, span) in notApplicable.Schools)
            {
                if (sources.FindSchool(school) is null)
                {
                    diagnostics.Error(DiagnosticCodes.NotApplicableUnknownSchool, span, $"there is no school '{school}'{Suggestions.Hint(school, sources.Schools.Select(s => s.Id))}; list schools by their folder name under schools/, or leave out 'schools:' for every school.");
                }
            }
        }
    }

    private static IReadOnlyList<StatutoryEntrySource> ReadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyKit.Generator." + BuiltInName)
            ?? throw new InvalidOperationException($"The built-in {BuiltInName} is missing from the generator assembly.");
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var entries = StatutoryListReader.Read(reader.ReadToEnd(), BuiltInName, diagnostics);
        // The built-in list ships with PolicyKit and its tests read it: a problem in it is a fault in PolicyKit, not in the trust's sources.
        return diagnostics.HasErrors
            ? throw new InvalidOperationException($"The built-in {BuiltInName} has errors: {string.Join("; ", diagnostics)}")
            : entries;
    }
}
