using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Loading;

/// <summary>Sections that trust.yaml and school.yaml share: roles, settings, branding, numbering, files.</summary>
internal static partial class SharedSections
{
    private static readonly string[] SchemeNames = ["alpha", "decimal", "unnumbered"];

    public static Dictionary<string, RoleHolder> Roles(YamlMap file)
    {
        var roles = new Dictionary<string, RoleHolder>(StringComparer.Ordinal);
        var section = file.Map("roles");
        if (section is null)
        {
            return roles;
        }

        foreach (var (key, value, span) in section.Entries())
        {
            CheckKey(file, key, span, "role");
            switch (value)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    roles[key] = new RoleHolder(key, name.Trim(), KeyNames.ToWords(key), null, null, span);
                    break;
                case YamlMappingNode mapping:
                    var holder = section.AsMap(mapping);
                    var title = holder.String("title");

                    // A role may be a post with no named holder ("Chief finance officer"): its title then stands
                    // wherever the holder's name would, and whatever must reach a person asks for the name.
                    var holderName = holder.String("name", required: title is null);
                    roles[key] = new RoleHolder(
                        key,
                        holderName ?? title ?? string.Empty,
                        title ?? KeyNames.ToWords(key),
                        holder.String("email"),
                        holder.String("phone"),
                        span)
                    {
                        HasName = holderName is not null || title is null,
                    };
                    holder.ReportUnknownKeys($"role '{key}'");
                    break;
                default:
                    section.Invalid(value, key, "a name, or 'name:' with optional 'title:', 'email:' and 'phone:', or a 'title:' alone for a post with no named holder");
                    break;
            }
        }

        return roles;
    }

    /// <summary>Committee key to its name as people read it.</summary>
    public static Dictionary<string, string> Committees(YamlMap file)
    {
        var committees = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = file.Map("committees");
        if (section is null)
        {
            return committees;
        }

        foreach (var (key, value, span) in section.Entries())
        {
            CheckKey(file, key, span, "committee");
            if (value is YamlScalarNode { Value: { Length: > 0 } name } && !string.IsNullOrWhiteSpace(name))
            {
                committees[key] = name.Trim();
            }
            else
            {
                section.Invalid(value, key, "the committee's name, e.g. 'Resources committee'");
            }
        }

        return committees;
    }

    public static Dictionary<string, SettingValue> Settings(YamlMap file)
    {
        var settings = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        var section = file.Map("settings");
        if (section is null)
        {
            return settings;
        }

        foreach (var (key, value, span) in section.Entries())
        {
            CheckKey(file, key, span, "setting");
            if (value is YamlScalarNode scalar)
            {
                settings[key] = new SettingValue(key, ScalarValue(scalar), span);
            }
            else
            {
                section.Invalid(value, key, "a single value (text, a number, or true/false)");
            }
        }

        return settings;
    }

    public static BrandingSource Branding(YamlMap file)
    {
        var section = file.Map("branding");
        if (section is null)
        {
            return BrandingSource.None;
        }

        var branding = new BrandingSource(
            Colour(section, "primary-colour"),
            Colour(section, "accent-colour"),
            section.String("heading-font"),
            section.String("body-font"));
        section.ReportUnknownKeys("branding");
        return branding;
    }

    public static NumberingScheme? Numbering(YamlMap file)
    {
        var text = file.String("numbering");
        switch (text)
        {
            case null: return null;
            case "alpha": return NumberingScheme.Alpha;
            case "decimal": return NumberingScheme.Decimal;
            case "unnumbered": return NumberingScheme.Unnumbered;
            default:
                file.Diagnostics.Error(
                    DiagnosticCodes.InvalidValue,
                    file.SpanOfValue("numbering"),
                    $"'numbering' must be alpha (1. a. i.), decimal (1.1.1) or unnumbered, not '{text}'{Suggestions.Hint(text, SchemeNames)}.");
                return null;
        }
    }

    /// <summary>A file named relative to the YAML file that names it.</summary>
    public static AssetReference? Asset(YamlMap file, string key)
    {
        var value = file.String(key);
        if (value is null)
        {
            return null;
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file.Path)) ?? ".";
        try
        {
            return new AssetReference(System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, value)), file.SpanOfValue(key));
        }
        catch (ArgumentException)
        {
            file.Diagnostics.Error(DiagnosticCodes.InvalidValue, file.SpanOfValue(key), $"'{key}' must be a file name or path, such as 'logo.png'.");
            return null;
        }
    }

    private static object ScalarValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "true" or "false")
            {
                return text == "true";
            }

            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return text;
    }

    private static string? Colour(YamlMap section, string key)
    {
        var value = section.String(key)?.TrimStart('#');
        if (value is null)
        {
            return null;
        }

        if (HexColour().IsMatch(value))
        {
            return value.ToUpperInvariant();
        }

        section.Diagnostics.Error(DiagnosticCodes.InvalidValue, section.SpanOfValue(key), $"'{key}' must be six hex digits such as 1F4E79, not '{value}'.");
        return null;
    }

    private static void CheckKey(YamlMap file, string key, SourceSpan span, string what)
    {
        if (!KebabKey().IsMatch(key))
        {
            file.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"{what} name '{key}' must be lower-case words joined by hyphens, e.g. 'password-min-length'.");
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabKey();
}
