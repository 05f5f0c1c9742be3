using System.Text.RegularExpressions;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Inlines;
using PolicyKit.Sources.Text;

namespace PolicyKit.Sources.Modelling;

/// <summary>Every node with an id in a body, in document order, with checks on those ids and on links to them.</summary>
internal sealed partial class ClauseIndex
{
    private readonly List<Node> _nodes;

    private ClauseIndex(IReadOnlyList<Block> body) => _nodes = body.Descendants().Where(node => node.Id is not null).ToList();

    public IEnumerable<string> Ids => _nodes.Select(n => n.Id!);

    public static ClauseIndex Of(IReadOnlyList<Block> body) => new(body);

    public bool Contains(string id) => _nodes.Exists(n => n.Id == id);

    public void CheckIds(DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in _nodes)
        {
            var id = node.Id!;
            if (!ValidId().IsMatch(id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidClauseId, node.Span, $"clause id '{id}' must be lower-case letters, digits and hyphens, starting with a letter (e.g. 'screen-lock').");
            }

            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateClauseId, node.Span, $"clause id '{id}' is already used at {(first.Span.File == node.Span.File ? $"line {first.Span.Line}" : first.Span.ToString())}; give this clause a different id.");
            }
            else
            {
                seen[id] = node;
            }
        }
    }

    /// <param name="removedBy">For an id the trust's text has but this body lacks: the school whose changes removed it.</param>
    public void CheckLinks(IReadOnlyList<Block> body, DiagnosticBag diagnostics, Func<string, string?> removedBy)
    {
        foreach (var link in body.Inlines().OfType<Link>())
        {
            if (!link.Target.StartsWith('#'))
            {
                CheckAddress(link, diagnostics);
                continue;
            }

            var id = link.Target[1..];
            if (!Contains(id) && removedBy(id) is { } school)
            {
                diagnostics.Error(DiagnosticCodes.BrokenClauseLink, link.Span, $"the link '{link.Target}' points at clause '{id}', which {school}'s changes remove; link to another clause, or keep '{id}' in that school's override.");
            }
            else if (!Contains(id))
            {
                diagnostics.Error(DiagnosticCodes.BrokenClauseLink, link.Span, $"the link '{link.Target}' points at no clause in this policy{Suggestions.Hint(id, Ids)}.");
            }
        }
    }

    // Word and browsers need a full address; "www.x" or "x.pdf" would open nothing, so the renderer shows it as plain text.
    private static void CheckAddress(Link link, DiagnosticBag diagnostics)
    {
        if (Uri.TryCreate(link.Target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel")
        {
            return;
        }

        diagnostics.Warning(DiagnosticCodes.InvalidLinkAddress, link.Span, $"the link '{link.Target}' is not a full web or email address, so it is shown as plain text; write it as https://… or mailto:….");
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex ValidId();
}
