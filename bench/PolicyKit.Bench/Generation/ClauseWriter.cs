using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>Writes one clause (a Markdown ordered-list item with a <c>{#id}</c>), sometimes with sub-clauses or bullets.</summary>
internal sealed class ClauseWriter(Random random, string topic, StringBuilder text)
{
    /// <summary>The first clause of the policy, which other clauses link to; it is never removed by an override.</summary>
    public string? LinkTarget { get; set; }

    public string Sentence(IReadOnlyList<string> choices) => random.Pick(choices).Replace("{topic}", topic, StringComparison.Ordinal);

    public void Write(string id)
    {
        var roll = random.NextDouble();
        if (roll < 0.12)
        {
            WriteWithChildren(id, numbered: true);
        }
        else if (roll < 0.24)
        {
            WriteWithChildren(id, numbered: false);
        }
        else
        {
            var sentences = random.Sample(ClauseSentences.Statements, random.Chance(0.4) ? 2 : 1);
            var body = string.Join(' ', sentences).Replace("{topic}", topic, StringComparison.Ordinal);

            if (LinkTarget is not null && random.Chance(0.1))
            {
                body += $" This follows from [the purpose of this policy](#{LinkTarget}).";
            }

            text.Line($"1. {body} {{#{id}}}");
        }
    }

    /// <summary>
    /// A lead-in clause with a nested list. The blank lines and three-space indent follow the source format:
    /// four spaces would make a code block.
    /// </summary>
    private void WriteWithChildren(string id, bool numbered)
    {
        text.Line($"1. {Sentence(ClauseSentences.ListLeads)} {{#{id}}}").Line();
        var items = random.Sample(ClauseSentences.ListItems, random.Next(3, 6));
        for (var i = 0; i < items.Count; i++)
        {
            var end = i == items.Count - 1 ? "." : ";";
            text.Line(numbered ? $"   1. {items[i]}{end} {{#{id}-{(char)('a' + i)}}}" : $"   - {items[i]}{end}");
        }

        text.Line();
    }
}
