using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKit.Generator.Ratifying;

/// <summary>Values as an author would type them in the sources: plain where YAML reads them back unchanged, quoted otherwise.</summary>
internal static partial class YamlValues
{
    public static string Date(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    // Version numbers are always quoted, as the docs write them: unquoted, YAML reads "2.10" as the number 2.1.
    public static string Version(string version) => Quoted(version);

    public static string Text(string text) =>
        PlainSafe().IsMatch(text) && !Reserved.Contains(text.ToLowerInvariant()) ? text : Quoted(text);

    /// <summary>A trailing comment that cannot break the line: line breaks become spaces.</summary>
    public static string Comment(string text) => "# " + string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";

    private static readonly HashSet<string> Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~"];

    // Letters first, then letters, digits, spaces and punctuation that never starts a YAML construct mid-value;
    // ": " and " #" are left out because they would end the value.
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} .,'()/&-]*(?<! )$")]
    private static partial Regex PlainSafe();
}
