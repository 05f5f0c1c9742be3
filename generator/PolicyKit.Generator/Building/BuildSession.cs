using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Modelling;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Validation;

namespace PolicyKit.Generator.Building;

/// <summary>
/// One build's view of the sources: loaded, checked across files, and narrowed to the selected schools and policies.
/// Turns each (school, policy) pair into a document model on demand; thread-safe.
/// </summary>
public sealed class BuildSession
{
    // Every output depends on the code that made it: the module ids of the generator's assemblies change whenever
    // their code does (builds are deterministic), committed or not, so a changed renderer rebuilds everything.
    private static readonly string GeneratorVersion = string.Join(
        ',',
        new[] { typeof(BuildSession), typeof(Model.Document.PolicyDocument), typeof(Sources.Modelling.DocumentBuilder), typeof(Rendering.Docx.DocxRenderer), typeof(Rendering.Html.HtmlRenderer), typeof(Rendering.Pdf.PdfConverter) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    private readonly DocumentBuilder _builder;
    private readonly ReferenceDocuments _references;

    private BuildSession(SourceSet sources, IReadOnlyList<(SchoolSource School, PolicySource Policy)> targets, DiagnosticBag diagnostics, bool showProposed)
    {
        Sources = sources;
        Targets = targets;
        _builder = new DocumentBuilder(sources, diagnostics) { ShowProposed = showProposed };
        _references = new ReferenceDocuments(diagnostics);
    }

    /// <summary>The trust's sources as loaded and checked, for a host that needs more of them (a school's branding, its roles).</summary>
    public SourceSet Sources { get; }

    /// <summary>Every selected school and policy pair, schools first, in a stable order.</summary>
    internal IReadOnlyList<(SchoolSource School, PolicySource Policy)> Targets { get; }

    /// <returns>The session, or null when the sources could not be read at all.</returns>
    internal static BuildSession? Open(BuildOptions options, DiagnosticBag diagnostics)
    {
        var sources = SourceSetLoader.Load(options.PoliciesRoot, diagnostics);
        if (sources is null)
        {
            return null;
        }

        SourceValidator.Validate(sources, options.Today, diagnostics);
        Coverage.CoverageReport.Validate(sources, diagnostics);
        var schools = Select(sources.Schools, s => s.Id, options.Schools, "school", diagnostics);
        var policies = Select(sources.Policies, p => p.Id, options.Policies, "policy", diagnostics);
        var targets = schools.SelectMany(_ => policies, (school, policy) => (school, policy)).ToList();
        var session = new BuildSession(sources, targets, diagnostics, options.ShowProposed);
        // The trust's logo appears on the site's index even when every school has its own: check it before anything is written.
        session.TrustLogo();
        return session;
    }

    /// <summary>The hash of every input of one document, without building it.</summary>
    internal string InputHashOf(SchoolSource school, PolicySource policy) =>
        _builder.Hasher.HashOf(school, policy, ExtraHashInput(school, policy));

    /// <summary>A school's logo (or the trust's), read once per build.</summary>
    public ImageAsset? LogoOf(SchoolSource school) => _builder.LogoOf(school);

    internal ImageAsset? TrustLogo() => _builder.TrustLogo();

    /// <summary>Builds one document model; null when its sources have errors (reported to the session's diagnostics).</summary>
    internal CompiledDocument? Compile(SchoolSource school, PolicySource policy)
    {
        var (reference, _) = _references.For(Sources, school);
        var document = _builder.Build(school, policy, ExtraHashInput(school, policy));
        return document is null || reference is null ? null : new CompiledDocument(school, policy, document, reference);
    }

    // A proposed version's documents are made from its history entry, which the sources' own hash leaves out.
    private string ExtraHashInput(SchoolSource school, PolicySource policy) =>
        $"{_references.HashFor(Sources, school)}\n{GeneratorVersion}" + (_builder.ShowProposed ? $"\nproposed {policy.PendingVersionsHash}" : string.Empty);

    private static List<T> Select<T>(IReadOnlyList<T> all, Func<T, string> id, IReadOnlyList<string> wanted, string what, DiagnosticBag diagnostics)
    {
        if (wanted.Count == 0)
        {
            return [.. all];
        }

        foreach (var name in wanted.Where(w => !all.Any(a => id(a) == w)))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile("--" + what), $"there is no {what} '{name}'{Suggestions.Hint(name, all.Select(id))}.");
        }

        return all.Where(a => wanted.Contains(id(a))).ToList();
    }
}
