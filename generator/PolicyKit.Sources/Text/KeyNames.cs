namespace PolicyKit.Sources.Text;

/// <summary>Conversions between YAML's kebab-case keys and the names people read or templates use.</summary>
internal static class KeyNames
{
    /// <summary>"password-min-length" → "password_min_length" (Scriban identifiers cannot hold '-').</summary>
    public static string ToTemplateName(string key) => key.Replace('-', '_');

    /// <summary>"data-protection-officer" → "Data protection officer".</summary>
    public static string ToWords(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
