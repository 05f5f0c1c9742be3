using System.Collections;
using PolicyKit.Import.Recognition;

namespace PolicyKit.Import.Importing;

/// <summary>Counts what a recognised policy holds, for the import's summary and report.</summary>
internal static class SourceCounts
{
    public static ImportCounts Of(ImportedPolicy policy)
    {
        var nodes = Flatten(policy.Body).ToList();
        var history = policy.FrontMatter.FirstOrDefault(p => p.Key == "version-history").Value;
        return new ImportCounts(
            nodes.Count(n => n is SectionNode),
            nodes.Count(n => n is ClauseNode or ParagraphNode { Id: not null }),
            nodes.Count(n => n is TableNode),
            history is ICollection versions ? versions.Count : 0);
    }

    private static IEnumerable<SourceNode> Flatten(IEnumerable<SourceNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            var children = node switch
            {
                SectionNode s => s.Children,
                ClauseNode c => c.Children,
                ListNode l => l.Items.SelectMany(i => i.Children).ToList(),
                _ => [],
            };

            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}
