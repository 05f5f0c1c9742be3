using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Layout;
using PolicyKit.Sources.Templating;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Layout;

/// <summary>
/// Reads a <c>layout:</c> (trust.yaml, school.yaml, a policy's front matter) and trust.yaml's named <c>layouts:</c>.
/// Templates are parsed here, so <c>validate</c> reports their syntax errors once, at the line they are written.
/// </summary>
internal static partial class LayoutReader
{
    public const string Key = "layout";
    public const string NamedKey = "layouts";

    private static readonly Dictionary<string, TitlePagePart> Parts = new(StringComparer.Ordinal)
    {
        ["logo"] = TitlePagePart.Logo,
        ["name"] = TitlePagePart.Name,
        ["trust-name"] = TitlePagePart.TrustName,
        ["motto"] = TitlePagePart.Motto,
        ["title"] = TitlePagePart.Title,
        ["version"] = TitlePagePart.Version,
    };

    private static readonly Dictionary<string, ChangeLogPlace> Places = new(StringComparer.Ordinal)
    {
        ["end"] = ChangeLogPlace.End,
        ["start"] = ChangeLogPlace.Start,
        ["section"] = ChangeLogPlace.Section,
    };

    private static readonly Dictionary<string, TableWidths> Widths = new(StringComparer.Ordinal)
    {
        ["fixed"] = TableWidths.Fixed,
        ["content"] = TableWidths.Content,
    };

    /// <summary>The file's <c>layout:</c>: a name (<c>layout: handbook</c>), a group of keys, or null when there is none.</summary>
    public static LayoutSpec? Read(YamlMap file)
    {
        switch (file.Node(Key))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } name } scalar:
                return new LayoutSpec { BasedOn = new NamedLayoutReference(name.Trim(), file.SpanOf(scalar)) };
            case YamlMappingNode mapping:
                return ReadMap(file.AsMap(mapping), allowBase: true);
            case var other:
                file.Invalid(other, Key, "the name of a layout under 'layouts:' in trust.yaml, or a group of layout keys");
                return null;
        }
    }

    /// <summary>trust.yaml's <c>layouts:</c>, name to layout.</summary>
    public static IReadOnlyDictionary<string, LayoutSpec> ReadNamed(YamlMap file)
    {
        var layouts = new Dictionary<string, LayoutSpec>(StringComparer.Ordinal);
        var section = file.Map(NamedKey);
        if (section is null)
        {
            return layouts;
        }

        foreach (var (name, value, _) in section.Entries())
        {
            if (value is YamlMappingNode mapping)
            {
                layouts[name] = ReadMap(section.AsMap(mapping), allowBase: false);
            }
            else
            {
                section.Invalid(value, name, "a group of layout keys (title-page, metadata, change-log …)");
            }
        }

        return layouts;
    }

    private static LayoutSpec ReadMap(YamlMap map, bool allowBase)
    {
        var spec = new LayoutSpec
        {
            BasedOn = allowBase && map.String("based-on") is { } name ? new NamedLayoutReference(name, map.SpanOfValue("based-on")) : null,
            TitlePage = TitlePage(map),
            Metadata = Metadata(map),
            BeforeContents = map.Node("before-contents") is { } text ? Template(map, text, "before-contents") : null,
            ContentsDepth = ContentsDepth(map),
            ChangeLog = ChangeLog(map),
            Signatories = Signatories(map),
            DateFormat = DateFormatOf(map),
            TableWidths = Choice(map, "table-widths", Widths),
            BodyOnNewPage = map.Bool("body-on-new-page"),
        };
        map.ReportUnknownKeys(allowBase ? "layout" : "a named layout");
        return spec;
    }

    private static List<TitlePageItem>? TitlePage(YamlMap map)
    {
        if (Sequence(map, "title-page") is not { } items)
        {
            return null;
        }

        var parts = new List<TitlePageItem>();
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } word } when Parts.TryGetValue(word.Trim(), out var part):
                    parts.Add(new TitlePageItem(part));
                    break;
                case YamlScalarNode { Value: { } word }:
                    map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOf(item), $"'{word}' is not a part of the title page{Suggestions.Hint(word, Parts.Keys)}; use logo, name, trust-name, motto, title, version, or 'subtitle: …' or 'text: …'.");
                    break;
                case YamlMappingNode mapping:
                    var entry = map.AsMap(mapping);
                    var subtitle = entry.Node("subtitle");
                    var text = entry.Node("text");
                    entry.ReportUnknownKeys("a title-page entry");
                    if ((subtitle ?? text) is { } line && (subtitle is null || text is null))
                    {
                        if (Template(entry, line, subtitle is null ? "text" : "subtitle") is { } template)
                        {
                            parts.Add(new TitlePageItem(subtitle is null ? TitlePagePart.Text : TitlePagePart.Subtitle, template));
                        }
                    }
                    else
                    {
                        map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOf(item), "a title-page entry written as a group has one key, 'subtitle: …' or 'text: …'.");
                    }

                    break;
                default:
                    map.Invalid(item, "title-page", "a list of logo, name, trust-name, motto, title, version, 'subtitle: …' or 'text: …'");
                    break;
            }
        }

        return parts;
    }

    private static List<MetadataRowSpec>? Metadata(YamlMap map)
    {
        if (Sequence(map, "metadata") is not { } items)
        {
            return null;
        }

        var rows = new List<MetadataRowSpec>();
        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                map.Invalid(item, "metadata", "a list of rows, each written '- label: …' then 'value: …'");
                continue;
            }

            var row = map.AsMap(mapping);
            var label = row.String("label", required: true);
            var value = row.Node("value") is { } node ? Template(row, node, "value") : Missing(row, "value");
            row.ReportUnknownKeys("a metadata row");
            if (label is not null && value is not null)
            {
                rows.Add(new MetadataRowSpec(label, value, DateFieldOf(node: row, "value", "policy", LayoutFields.PolicyDates)));
            }
        }

        return rows;
    }

    private static int? ContentsDepth(YamlMap map)
    {
        var depth = map.Int("contents-depth");
        if (depth is < 0 or > 3)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOfValue("contents-depth"), $"'contents-depth' must be 0 (no contents), 1, 2 or 3 heading levels, not {depth}.");
            return null;
        }

        return depth;
    }

    private static ChangeLogSpec? ChangeLog(YamlMap map)
    {
        switch (map.Node("change-log"))
        {
            case null:
                return null;
            case YamlScalarNode { Value: "none" } none:
                return ChangeLogSpec.None(map.SpanOf(none));
            case YamlMappingNode mapping:
                var section = map.AsMap(mapping);
                var place = Choice(section, "place", Places) ?? ChangeLogPlace.End;
                var title = section.String("title") ?? BuiltInLayout.ReviewHistoryTitle;
                var columns = section.Has("columns") ? Columns(section) : LayoutFields.ReviewHistoryColumns;
                section.ReportUnknownKeys("change-log");
                return new ChangeLogSpec(place, title, columns, map.SpanOfKey("change-log"));
            case var other:
                map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOf(other), "'change-log' must be none, or a group of 'place:' (end, start or section), 'title:' and 'columns:'.");
                return null;
        }
    }

    private static List<ChangeLogColumnSpec> Columns(YamlMap section)
    {
        var columns = new List<ChangeLogColumnSpec>();
        foreach (var column in section.MapList("columns"))
        {
            var label = column.String("label", required: true);
            var value = column.Node("value") is { } node ? Template(column, node, "value") : Missing(column, "value");
            var width = column.Int("width");
            if (width is <= 0)
            {
                column.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, column.SpanOfValue("width"), $"a column's 'width' is its share of the table's width, a whole number above 0, not {width}.");
            }

            column.ReportUnknownKeys("a change-log column");
            if (label is not null && value is not null)
            {
                columns.Add(new ChangeLogColumnSpec(label, value, width is > 0 ? width.Value : LayoutFields.DefaultColumnWeight, DateFieldOf(column, "value", "entry", LayoutFields.EntryDates)));
            }
        }

        if (columns.Count == 0)
        {
            section.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, section.SpanOfKey("columns"), "'columns' must list at least one column; leave 'columns' out for the built-in ones, or write 'change-log: none'.");
        }

        return columns;
    }

    private static List<SignatorySpec>? Signatories(YamlMap map)
    {
        switch (map.Node("signatories"))
        {
            case null:
                return null;
            case YamlScalarNode { Value: "none" }:
                return [];
            case YamlSequenceNode:
                var signatories = new List<SignatorySpec>();
                foreach (var entry in map.MapList("signatories"))
                {
                    var role = entry.String("role");
                    var name = entry.String("name");
                    var label = entry.String("label");
                    entry.ReportUnknownKeys("a signatory");
                    if ((role is null) == (name is null))
                    {
                        entry.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, entry.Span, "a signatory has either 'role:' (a role id, headteacher or chair) or 'name:', not both or neither.");
                        continue;
                    }

                    if (name is not null && label is null)
                    {
                        entry.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, entry.Span, $"the signatory '{name}' needs a 'label:' to print above the name, such as 'Chair of the board'.");
                        continue;
                    }

                    signatories.Add(new SignatorySpec(role, name, label, entry.SpanOfValue(role is null ? "name" : "role")));
                }

                return signatories;
            case var other:
                map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOf(other), "'signatories' must be none, or a list of '- role: …' or '- name: …' entries, each with an optional 'label:'.");
                return null;
        }
    }

    private static DateFormat? DateFormatOf(YamlMap map)
    {
        var text = map.String("date-format");
        switch (text)
        {
            case null: return null;
            case "long": return DateFormat.Long;
            case "short": return DateFormat.Short;
        }

        if (DateFormat.TryCreate(text, out var problem) is { } format)
        {
            return format;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidDateFormat, map.SpanOfValue("date-format"), $"'date-format: {text}' cannot be used: {problem}. Write long (3 September 2025), short (03/09/2025) or a pattern such as 'd MMMM yyyy'.");
        return null;
    }

    private static T? Choice<T>(YamlMap map, string key, Dictionary<string, T> choices)
        where T : struct
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOfValue(key), $"'{key}' must be {Words(choices.Keys)}, not '{text}'{Suggestions.Hint(text, choices.Keys)}.");
        return null;
    }

    /// <summary>A list under <paramref name="key"/>, or null when the key is absent (an empty list is kept: it means "none").</summary>
    private static List<YamlNode>? Sequence(YamlMap map, string key)
    {
        switch (map.Node(key))
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case var other:
                map.Invalid(other, key, "a list, each entry starting with '- '");
                return null;
        }
    }

    private static PolicyTemplate? Template(YamlMap map, YamlNode node, string key)
    {
        if (node is YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow })
        {
            // YAML reads an unquoted "{{ … }}" as a group of keys, not as text.
            map.Diagnostics.Error(DiagnosticCodes.InvalidLayoutValue, map.SpanOf(node), $"'{key}' starts with '{{{{', so YAML needs it in quotes: {key}: \"{{{{ … }}}}\".");
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            map.Invalid(node, key, "text");
            return null;
        }

        var span = map.SpanOf(scalar);
        return scalar.Style switch
        {
            // A block scalar's text starts on the line after its '|' or '>'.
            ScalarStyle.Literal or ScalarStyle.Folded => PolicyTemplate.Parse(text, map.Path, span.Line + 1, map.Diagnostics),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => PolicyTemplate.Parse(text, map.Path, span.Line, map.Diagnostics, span.Column + 1),
            _ => PolicyTemplate.Parse(text, map.Path, span.Line, map.Diagnostics, span.Column),
        };
    }

    private static PolicyTemplate? Missing(YamlMap map, string key)
    {
        map.Diagnostics.Error(DiagnosticCodes.MissingKey, map.Span, $"missing required key '{key}'.");
        return null;
    }

    /// <summary>The date a value prints when its template is that one field alone, such as "{{ policy.next_review }}".</summary>
    private static string? DateFieldOf(YamlMap node, string key, string root, IReadOnlySet<string> dates) =>
        node.String(key) is { } text && SingleField().Match(text) is { Success: true } match &&
        match.Groups["root"].Value == root && dates.Contains(match.Groups["field"].Value)
            ? match.Groups["field"].Value
            : null;

    private static string Words(IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }

    [GeneratedRegex(@"^\{\{-?\s*(?<root>[a-z]+)\.(?<field>[a-z_]+)\s*-?\}\}$")]
    private static partial Regex SingleField();
}
