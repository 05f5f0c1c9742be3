using DiffPlex;
using DiffPlex.Model;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// Aligns two sequences of keys (blocks by clause id or content, words by text) with DiffPlex's diff, as runs that
/// are equal on both sides and runs that changed.
/// </summary>
internal static class SequenceDiff
{
    public static List<Hunk> Align(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var hunks = new List<Hunk>();
        if (old.Count == 0 || @new.Count == 0)
        {
            hunks.Add(new Hunk(0, old.Count, 0, @new.Count, Equal: false));
            return hunks;
        }

        // Each distinct key becomes a short number on a line of its own, so no key can split or join another.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = Differ.Instance.CreateDiffs(Encode(old, numbers), Encode(@new, numbers), ignoreWhiteSpace: false, ignoreCase: false, LineSplitter.Instance);
        var (a, b) = (0, 0);
        foreach (var block in result.DiffBlocks)
        {
            AddEqual(hunks, a, b, block.DeleteStartA - a);
            hunks.Add(new Hunk(block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB, Equal: false));
            (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }

        AddEqual(hunks, a, b, old.Count - a);
        return hunks;
    }

    private static void AddEqual(List<Hunk> hunks, int a, int b, int count)
    {
        if (count > 0)
        {
            hunks.Add(new Hunk(a, count, b, count, Equal: true));
        }
    }

    private static string Encode(IReadOnlyList<string> keys, Dictionary<string, int> numbers) =>
        string.Join('\n', keys.Select(key => numbers.TryGetValue(key, out var n) ? n : numbers[key] = numbers.Count));

    private sealed class LineSplitter : IChunker
    {
        public static LineSplitter Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }
}
