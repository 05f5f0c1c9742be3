using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Statutory;

/// <summary>Reads the keys that say what kind of school it is: <c>type</c>, <c>phase</c>, <c>special</c>, <c>nursery</c>, <c>sixth-form</c>.</summary>
internal static class SchoolProfileReader
{
    /// <summary>The keys, which no document prints: they are left out of the file's content hash.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["type", "phase", "special", "nursery", "sixth-form"];

    public static IReadOnlyList<string> TypeWords { get; } = ["maintained", "academy", "free-school", "independent"];

    public static IReadOnlyList<string> PhaseWords { get; } = ["primary", "secondary", "all-through"];

    public static SchoolProfile Read(YamlMap file) => new(
        Category(file, "type"),
        Phase(file, "phase"),
        file.Bool("special") ?? false,
        file.Bool("nursery") ?? false,
        file.Bool("sixth-form") ?? false);

    public static SchoolCategory? Category(YamlMap map, string key) => map.String(key) is { } text ? ParseCategory(text, map.SpanOfValue(key), key, map.Diagnostics) : null;

    public static SchoolPhase? Phase(YamlMap map, string key) => map.String(key) is { } text ? ParsePhase(text, map.SpanOfValue(key), key, map.Diagnostics) : null;

    public static SchoolCategory? ParseCategory(string text, SourceSpan span, string key, DiagnosticBag diagnostics)
    {
        switch (text)
        {
            case "maintained": return SchoolCategory.Maintained;
            case "academy": return SchoolCategory.Academy;
            case "free-school": return SchoolCategory.FreeSchool;
            case "independent": return SchoolCategory.Independent;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSchoolType, span, $"'{key}' must be maintained, academy, free-school or independent, not '{text}'{Suggestions.Hint(text, TypeWords)}; it decides which statutory policies the school must have.");
        return null;
    }

    public static SchoolPhase? ParsePhase(string text, SourceSpan span, string key, DiagnosticBag diagnostics)
    {
        switch (text)
        {
            case "primary": return SchoolPhase.Primary;
            case "secondary": return SchoolPhase.Secondary;
            case "all-through": return SchoolPhase.AllThrough;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSchoolType, span, $"'{key}' must be primary, secondary or all-through, not '{text}'{Suggestions.Hint(text, PhaseWords)}; a school with pupils from 4 to 16 or 18 is all-through.");
        return null;
    }
}
