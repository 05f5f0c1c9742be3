using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Writing;

/// <summary>
/// A front matter value as YAML that reads back as the same value: plain where that is safe, else double-quoted.
/// "1.0", "yes", "no", "on", a colon and space, or a leading "{", "*", "#" would otherwise read as something else.
/// </summary>
internal static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    public static string Write(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => String(s),
        _ => throw new ArgumentException($"A front matter value is a string, an integer or a boolean, not {value.GetType().Name}.", nameof(value)),
    };

    private static string String(string text)
    {
        if (IsoDate().IsMatch(text) || Plain().IsMatch(text) && !Reserved.Contains(text))
        {
            return text;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    // Starts with a letter, then words and ordinary punctuation; no ": ", " #" or trailing colon, which YAML reads as structure.
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} ,.'’()/&\-–+;!?]*$")]
    private static partial Regex Plain();
}
