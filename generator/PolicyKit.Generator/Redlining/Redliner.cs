using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Generator.Redlining;

/// <summary>Compares two versions of one school's policy (the model, not the sources), and merges them into a redline.</summary>
internal static class Redliner
{
    /// <param name="from">The old version.</param>
    /// <param name="to">The new version; the redline takes its title, metadata and history.</param>
    /// <param name="versions">The version numbers of the two texts, as the redline names them.</param>
    /// <param name="author">Who the changes are credited to (the new version's history entry).</param>
    /// <param name="date">When they were made (the new version's date).</param>
    public static Redline Compare(PolicyDocument from, PolicyDocument to, (string From, string To) versions, string author, DateOnly date)
    {
        // First pass: which ids were removed in one place and added in another. Second: merge with those as moves.
        // The alignment does not depend on the moves, so both passes pair the same blocks.
        var merger = new BlockMerger(from, to, author, date, new Dictionary<string, Node>());
        var body = merger.MergeBlocks(from.Body, to.Body);
        var moved = merger.RemovedById.Where(r => merger.AddedIds.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        if (moved.Count > 0)
        {
            merger = new BlockMerger(from, to, author, date, moved);
            body = merger.MergeBlocks(from.Body, to.Body);
        }

        var document = new PolicyDocument { Info = to.Info, Body = body };
        return new Redline(document, versions.From, versions.To, merger.Changes);
    }
}
