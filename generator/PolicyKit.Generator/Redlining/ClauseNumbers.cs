using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// The number a person uses to name a clause in one school's document: "3.b" for the clause lettered "b." under
/// section "3." (the model labels each level on its own in the alpha scheme), "3.2" as it stands in the decimal one.
/// </summary>
internal static class ClauseNumbers
{
    public static Dictionary<Node, string> Of(PolicyDocument document)
    {
        var numbers = new Dictionary<Node, string>(ReferenceEqualityComparer.Instance);
        var numbering = document.Numbering;
        var levels = new string?[Model.Numbering.DocumentNumbering.MaxLevel + 1];
        foreach (var node in document.Body.Descendants())
        {
            if (numbering.Level(node) is not { } level || numbering.Label(node) is not { } label)
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
