using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>
/// numbering.xml: each <c>w:num</c> resolved to its abstract definition's levels (following <c>w:numStyleLink</c> to
/// the definition with the matching <c>w:styleLink</c>) and its level overrides, looked up once per id.
/// </summary>
internal sealed class NumberingDefinitions
{
    private const int Levels = 9;
    private readonly Dictionary<string, AbstractNum> _abstracts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AbstractNum> _byStyleLink = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NumberingInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListDefinition?> _resolved = new(StringComparer.Ordinal);
    private readonly StyleSheet _styles;

    public NumberingDefinitions(Numbering? numbering, StyleSheet styles)
    {
        _styles = styles;
        foreach (var element in numbering?.Elements<AbstractNum>() ?? [])
        {
            var id = element.AbstractNumberId?.Value.ToString(CultureInfo.InvariantCulture);
            if (id is not null)
            {
                _abstracts.TryAdd(id, element);
            }

            if (element.StyleLink?.Val?.Value is { } link)
            {
                _byStyleLink.TryAdd(link, element);
            }
        }

        foreach (var element in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (element.NumberID?.Value.ToString(CultureInfo.InvariantCulture) is { } id)
            {
                _instances.TryAdd(id, element);
            }
        }
    }

    /// <summary>The list a <c>w:numId</c> names, or null for 0 or an id numbering.xml does not have.</summary>
    public ListDefinition? Find(string numId)
    {
        if (_resolved.TryGetValue(numId, out var known))
        {
            return known;
        }

        var definition = numId == "0" || !_instances.TryGetValue(numId, out var instance) ? null : Build(numId, instance);
        _resolved[numId] = definition;
        return definition;
    }

    private ListDefinition? Build(string numId, NumberingInstance instance)
    {
        var abstractId = instance.AbstractNumId?.Val?.Value.ToString(CultureInfo.InvariantCulture);
        if (abstractId is null || !_abstracts.TryGetValue(abstractId, out var definition))
        {
            return null;
        }

        // A definition that only points at a numbering style takes its levels from the definition that style uses.
        for (var hops = 0; hops < 4 && definition.NumberingStyleLink?.Val?.Value is { } link; hops++)
        {
            if (_byStyleLink.TryGetValue(link, out var linked) && linked != definition)
            {
                definition = linked;
            }
            else if (_styles.NumberingStyleNumId(link) is { } styleNumId && styleNumId != numId && _instances.TryGetValue(styleNumId, out var styleInstance)
                && styleInstance.AbstractNumId?.Val?.Value.ToString(CultureInfo.InvariantCulture) is { } styleAbstract
                && _abstracts.TryGetValue(styleAbstract, out var viaStyle) && viaStyle != definition)
            {
                definition = viaStyle;
            }
            else
            {
                break;
            }
        }

        var levels = new NumberingLevel[Levels];
        var styleLevels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Levels; i++)
        {
            levels[i] = NumberingLevel.Plain with { Text = $"%{i + 1}." };
        }

        foreach (var level in definition.Elements<Level>())
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < Levels)
            {
                levels[index] = Read(level);
                if (level.ParagraphStyleIdInLevel?.Val?.Value is { } style)
                {
                    styleLevels.TryAdd(style, index);
                }
            }
        }

        var starts = new Dictionary<int, int>();
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= Levels)
            {
                continue;
            }

            if (levelOverride.Level is { } replaced)
            {
                levels[index] = Read(replaced);
            }

            if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                starts[index] = start;
            }
            else if (levelOverride.Level is not null)
            {
                starts[index] = levels[index].Start;
            }
        }

        var key = definition.AbstractNumberId?.Value.ToString(CultureInfo.InvariantCulture) ?? abstractId;
        return new ListDefinition(numId, key, levels, starts, styleLevels);
    }

    private static NumberingLevel Read(Level level)
    {
        var format = level.NumberingFormat?.Val?.InnerText is { Length: > 0 } text ? text : "decimal";
        var font = level.NumberingSymbolRunProperties?.RunFonts?.Ascii?.Value;
        return new NumberingLevel(
            format,
            level.StartNumberingValue?.Val?.Value ?? 0,
            level.LevelText?.Val?.Value ?? "",
            level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
            level.LevelRestart?.Val?.Value,
            font);
    }
}

/// <summary>A resolved list: its levels and the overrides of its <c>w:num</c>.</summary>
/// <param name="AbstractKey">The abstract definition: lists sharing it continue one another's numbers, as in Word.</param>
/// <param name="StartOverrides">Levels this <c>w:num</c> restarts, and at what value.</param>
/// <param name="StyleLevels">Paragraph styles a level names (<c>w:pStyle</c>), for a style that gives a numId but no level.</param>
internal sealed record ListDefinition(string NumId, string AbstractKey, NumberingLevel[] Levels, IReadOnlyDictionary<int, int> StartOverrides, IReadOnlyDictionary<string, int> StyleLevels);
