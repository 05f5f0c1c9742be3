using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// The number a person uses to name a clause in one school's document: "3.b" for the clause lettered "b." under
/// section "3." (the model labels each level on its own in the alpha scheme), "3.2" as it stands in the decimal one,
/// "7.3.b" and "7.3.2" in policy 7.
/// </summary>
internal static class ClauseNumbers
{
    public static Dictionary<Node, string> Of(PolicyDocument document)
    {
        var numbers = new Dictionary<Node, string>(ReferenceEqualityComparer.Instance);
        var numbering = document.Numbering;
        var levels = new string?[Model.Numbering.DocumentNumbering.MaxLevel + 1];
        var listItems = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        foreach (var node in document.Body.Descendants())
        {
            // An item of a plain numbered list is named by its words, not its "2.": that number is not a clause's.
            if (node is ListBlock list && numbering.Layout(list).Marker == Model.Numbering.ItemMarker.ListNumber)
            {
                listItems.UnionWith(list.Items);
            }

            if (listItems.Contains(node) || numbering.Level(node) is not { } level || numbering.Label(node) is not { } label)
            {
                continue;
            }

            levels[level] = label.TrimEnd('.');
            Array.Clear(levels, level + 1, levels.Length - level - 1);
            numbers[node] = document.Info.NumberingScheme == NumberingScheme.Decimal
                ? levels[level]!
                : string.Join('.', levels.Take(level + 1).OfType<string>());
        }

        return numbers;
    }
}
