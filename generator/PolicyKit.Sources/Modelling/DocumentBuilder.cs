using System.Collections.Concurrent;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Layout;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Markdown;
using PolicyKit.Sources.Templating;
using PolicyKit.Sources.Text;

namespace PolicyKit.Sources.Modelling;

/// <summary>
/// Builds the document model of one policy for one school: expand the template, read the Markdown,
/// apply the school's changes, check clause ids and links, and gather the metadata.
/// Thread-safe: templates are parsed once per build and shared by every school.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly SourceSet _sources;
    private readonly DiagnosticBag _diagnostics;
    private readonly AssetCache _assets;
    private readonly LayoutResolver _layouts;

    private readonly ConcurrentDictionary<object, Lazy<PolicyTemplate?>> _templates = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> _knownMembers = new(StringComparer.Ordinal);

    /// <param name="sources">The trust's sources, loaded and checked.</param>
    /// <param name="diagnostics">Receives every problem found while building.</param>
    public DocumentBuilder(SourceSet sources, DiagnosticBag diagnostics)
    {
        _sources = sources;
        _diagnostics = diagnostics;
        _assets = new AssetCache(diagnostics);
        _layouts = new LayoutResolver(sources, diagnostics);
        Hasher = new InputHasher(sources);
    }

    /// <summary>Hashes each document's inputs without building it, for incremental builds.</summary>
    public InputHasher Hasher { get; }

    /// <summary>Build a policy whose newest version is proposed as that version, marked as not in force, instead of as the version in force.</summary>
    public bool ShowProposed { get; init; }

    /// <param name="extraHashInput">Hash of inputs the sources do not see (reference document, generator version).</param>
    /// <returns>The document, or null when a template error left nothing sensible to build.</returns>
    public PolicyDocument? Build(SchoolSource school, PolicySource policy, string extraHashInput)
    {
        var scope = TemplateScope.For(_sources, school, policy, ShowProposed);
        var body = Read(Template(policy, policy.Body, policy.Path, policy.BodyFirstLine), scope);
        if (body is null)
        {
            return null;
        }

        var trustIndex = ClauseIndex.Of(body);
        trustIndex.CheckIds(_diagnostics);
        var schoolOverride = _sources.FindOverride(school.Id, policy.Id);
        foreach (var change in schoolOverride?.Changes ?? [])
        {
            body = ApplyChange(body, change, policy, scope);
        }

        var index = ClauseIndex.Of(body);
        index.CheckIds(_diagnostics);
        index.CheckLinks(body, _diagnostics, removedBy: id => trustIndex.Contains(id) ? scope.SchoolName : null);

        var info = DocumentInfoFactory.Create(_sources, school, policy, LogoOf(school), Hasher.HashOf(school, policy, extraHashInput), ShowProposed);
        var layout = _layouts.Resolve(school, policy, info, scope);
        return new PolicyDocument
        {
            Info = info with { Layout = layout?.Layout },
            Body = layout is { Section.Count: > 0 } ? [.. body, .. layout.Section] : body,
        };
    }

    /// <summary>The school's logo (the trust's when it has none of its own), read once per build.</summary>
    public ImageAsset? LogoOf(SchoolSource school) =>
        _assets.Image(school.Logo ?? _sources.Trust.Logo, school.Logo is null ? _sources.Trust.LogoAlt : school.LogoAlt);

    /// <summary>The trust's own logo, read once per build.</summary>
    public ImageAsset? TrustLogo() => _assets.Image(_sources.Trust.Logo, _sources.Trust.LogoAlt);

    private IReadOnlyList<Block> ApplyChange(IReadOnlyList<Block> body, ClauseChange change, PolicySource policy, TemplateScope scope)
    {
        IReadOnlyList<Block> text = [];
        if (change.Text is not null)
        {
            var read = Read(Template(change, change.Text, change.Path, change.TextFirstLine, policy), scope);
            if (read is null)
            {
                return body;
            }

            if (read.Count == 0)
            {
                // Text that expands to nothing here (an 'if' no branch of which applies) would leave an empty numbered clause.
                _diagnostics.Error(DiagnosticCodes.MissingKey, new SourceSpan(change.Path, change.TextFirstLine, 1), $"the 'with:' text of this change is empty for {scope.SchoolName}; write the clause's text, or use 'remove: {change.TargetId}'.");
                return body;
            }

            text = read;
        }

        if (ClauseEditor.Apply(body, change, text) is { } edited)
        {
            return edited;
        }

        var ids = ClauseIndex.Of(body).Ids;
        _diagnostics.Error(
            DiagnosticCodes.UnknownClause,
            change.TargetSpan,
            $"'{policy.Id}' has no clause '{change.TargetId}' at {scope.SchoolName}{Suggestions.Hint(change.TargetId, ids)}; use an id written as {{#…}} in {policy.Path}.");
        return body;
    }

    private IReadOnlyList<Block>? Read(PolicyTemplate? template, TemplateScope scope) =>
        template?.Render(scope, _diagnostics) is { } expanded ? MarkdownReader.Read(expanded, _diagnostics) : null;

    private PolicyTemplate? Template(object key, string text, string path, int firstLine, PolicySource? policy = null) =>
        _templates.GetOrAdd(key, _ => new Lazy<PolicyTemplate?>(() =>
        {
            var template = PolicyTemplate.Parse(text, path, firstLine, _diagnostics);
            var owner = policy ?? (PolicySource)key;
            template?.CheckReferences(_knownMembers.GetOrAdd(owner.Id, _ => TemplateScope.KnownMembers(_sources, owner)), _diagnostics);
            return template;
        })).Value;
}
