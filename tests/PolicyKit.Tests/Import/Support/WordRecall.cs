using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace PolicyKit.Tests.Import.Support;

/// <summary>
/// How much of a document's text survives, in order: the longest common subsequence of the two word sequences over
/// the number of words in the original. Words are lower-cased with punctuation taken out; numbers are left out on both
/// sides, because Word numbering is not text in one document and typed text in the other.
/// </summary>
internal static class WordRecall
{
    public static double OrderedWordRecall(string original, string rebuilt)
    {
        var before = Words(original);
        if (before.Count == 0)
        {
            return 1.0;
        }

        // One word a line, so DiffPlex's Myers diff (a shortest edit script, hence a longest common subsequence) runs on words.
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', before), string.Join('\n', Words(rebuilt)), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var lost = diff.DiffBlocks.Sum(b => b.DeleteCountA);
        return (before.Count - lost) / (double)before.Count;
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Replace("\u2019", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0 && !word.ToString().All(char.IsDigit))
        {
            words.Add(word.ToString());
        }

        word.Clear();
    }
}
