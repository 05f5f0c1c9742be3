using System.Text.RegularExpressions;
using PolicyKit.Import.Recognition;
using PolicyKit.Import.Writing;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Modelling;
using PolicyKit.Sources.Text;

namespace PolicyKit.Import.Targets;

/// <summary>
/// Where an import goes: the trust's <c>policies/&lt;id&gt;.md</c>, or with <c>--school</c> that school's override of
/// the trust's policy (or the school's names in a new trust policy when the trust has none by that id).
/// </summary>
internal sealed partial class ImportTarget(string outputPath, ImportContext context, Func<ImportedPolicy, WrittenSource> render)
{
    /// <summary>The file to write, under the sources folder.</summary>
    public string OutputPath { get; } = outputPath;

    /// <summary>The policy id and the names of the school (or trust) to turn into template fields.</summary>
    public ImportContext Context { get; } = context;

    /// <summary>True when the import is written as a school's changes to a trust policy that already exists.</summary>
    public bool IsSchoolOverride { get; private init; }

    /// <summary>The file's text for the recognised policy.</summary>
    public WrittenSource Render(ImportedPolicy policy) => render(policy);

    /// <summary>Works out the target from the sources folder, <c>--as</c> and <c>--school</c>.</summary>
    /// <exception cref="ImportException">The sources cannot be read, the school is unknown, or the id is not a valid policy id.</exception>
    public static ImportTarget Resolve(string sourcesRoot, string policyId, string? schoolId)
    {
        CheckId(policyId);
        return Resolve(LoadSources(sourcesRoot), policyId, schoolId);
    }

    /// <summary>The same, with the sources already loaded by <see cref="LoadSources"/> (once for a whole folder of documents).</summary>
    public static ImportTarget Resolve(SourceSet sources, string policyId, string? schoolId)
    {
        CheckId(policyId);
        var sourcesRoot = sources.Root;
        var school = schoolId is null
            ? (sources.Trust.Standalone ? sources.Schools[0] : null)
            : sources.FindSchool(schoolId) ?? throw Error(DiagnosticCodes.ImportUnknownSchool, SourceSpan.ForFile("--school"),
                $"there is no school '{schoolId}' in {SourceSetLoader.DisplayPath(sourcesRoot)}{Suggestions.Hint(schoolId, sources.Schools.Select(s => s.Id))}; "
                + $"the schools are {string.Join(", ", sources.Schools.Select(s => s.Id))}.");

        var roles = school is null ? sources.Trust.Roles : sources.RolesFor(school);
        var context = new ImportContext(policyId, NameFields.For(sources, school), [.. roles.Select(r => new RoleName(r.Key, r.Value.Title, r.Value.HasName ? r.Value.Name : null))]);
        var trustPolicy = sources.FindPolicy(policyId);
        if (schoolId is null || school is null || trustPolicy is null || sources.Trust.Standalone)
        {
            // A new policy: the school's names become fields, so every school that builds it prints its own.
            return new ImportTarget(Path.Combine(sourcesRoot, policyId + ".md"), context, PolicySourceWriter.Write);
        }

        var overridePath = Path.Combine(SourceSetLoader.OverridesFolder(sources, school), policyId + ".yaml");
        var trustBody = TrustBodyWithoutOverride(sources, school, trustPolicy);
        return new ImportTarget(overridePath, context, policy => SchoolOverrideWriter.Write(policy, trustPolicy, school, trustBody, context))
        {
            IsSchoolOverride = true,
        };
    }

    /// <summary>Loads the sources an import writes into.</summary>
    /// <exception cref="ImportException">They have errors (PK1351).</exception>
    public static SourceSet LoadSources(string sourcesRoot)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(sourcesRoot, diagnostics);
        if (sources is null || diagnostics.HasErrors)
        {
            var first = diagnostics.FirstOrDefault(d => d.IsError);
            throw Error(DiagnosticCodes.ImportSourcesInvalid, first?.Span ?? SourceSpan.ForFile(sourcesRoot),
                $"the sources in {SourceSetLoader.DisplayPath(sourcesRoot)} have errors, so there is nothing to import into yet"
                + (first is null ? string.Empty : $" (first: {first.Code} {first.Message})") + "; run './policykit validate' and fix them first.");
        }

        return sources;
    }

    private static void CheckId(string policyId)
    {
        if (!PolicyId().IsMatch(policyId))
        {
            throw Error(DiagnosticCodes.InvalidImportId, SourceSpan.ForFile("--as"),
                $"'{policyId}' cannot be a policy id: use lower-case letters, digits and hyphens, starting with a letter, e.g. 'online-safety'.");
        }
    }

    // The trust's text as this school would get it with no changes of its own: the override being imported replaces any it had.
    private static IReadOnlyList<BodyUnit> TrustBodyWithoutOverride(SourceSet sources, SchoolSource school, PolicySource policy)
    {
        var withoutOverride = sources with { Overrides = [.. sources.Overrides.Where(o => !(o.SchoolId == school.Id && o.PolicyId == policy.Id))] };
        var diagnostics = new DiagnosticBag();
        var document = new DocumentBuilder(withoutOverride, diagnostics).Build(school, policy, extraHashInput: string.Empty)
            ?? throw Error(DiagnosticCodes.ImportSourcesInvalid, SourceSpan.ForFile(policy.Path),
                $"the trust's {policy.Id} cannot be built for {school.Name}, so the school's document cannot be compared with it; run './policykit validate'.");
        return BodyUnits.OfModel(document.Body);
    }

    private static ImportException Error(string code, SourceSpan span, string message) =>
        new(new Diagnostic(DiagnosticSeverity.Error, code, span, message));

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex PolicyId();
}
