using PolicyKit.Model.Inlines;
using PolicyKit.Model.Revisions;

namespace PolicyKit.Generator.Redlining;

/// <summary>The words of a reworded clause: the old and new text merged, deleted and inserted words marked.</summary>
internal static class WordDiff
{
    public static List<Inline> Merge(IReadOnlyList<Inline> old, IReadOnlyList<Inline> @new, RevisionMark deleted, RevisionMark inserted)
    {
        var a = InlineTokens.Of(old);
        var b = InlineTokens.Of(@new);
        var merged = new List<Inline>();
        foreach (var hunk in SequenceDiff.Align([.. a.Select(t => t.Key)], [.. b.Select(t => t.Key)]))
        {
            if (hunk.Equal)
            {
                merged.AddRange(InlineTokens.Build(b.GetRange(hunk.NewStart, hunk.NewCount)));
                continue;
            }

            // Deleted words before the words that replace them, as Word shows a change.
            if (hunk.OldCount > 0)
            {
                merged.Add(new TrackedChange(deleted, InlineTokens.Build(a.GetRange(hunk.OldStart, hunk.OldCount))));
            }

            if (hunk.NewCount > 0)
            {
                merged.Add(new TrackedChange(inserted, InlineTokens.Build(b.GetRange(hunk.NewStart, hunk.NewCount))));
            }
        }

        return merged;
    }
}
