using System.Text;

namespace PolicyKit.Rendering.Html.Styling;

/// <summary>CSS font-family lists: the school's font first, then fonts every reader has.</summary>
internal static class FontStacks
{
    public const string System = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

    public static string Body(string? font) => Clean(font) is { } name ? $"\"{name}\", system-ui, sans-serif" : System;

    /// <summary>A heading font falls back to the body font; a serif face ("Liberation Serif") to a serif one.</summary>
    public static string Heading(string? font)
    {
        if (Clean(font) is not { } name)
        {
            return "var(--body-font)";
        }

        var serif = name.Contains("Serif", StringComparison.OrdinalIgnoreCase) && !name.Contains("Sans", StringComparison.OrdinalIgnoreCase);
        return serif ? $"\"{name}\", Georgia, \"Times New Roman\", serif" : $"\"{name}\", var(--body-font)";
    }

    // The name is written inside a quoted CSS string in a <style> element: keep only characters font names use, so
    // nothing can end the string or the element.
    private static string? Clean(string? font)
    {
        if (string.IsNullOrWhiteSpace(font))
        {
            return null;
        }

        var builder = new StringBuilder(font.Length);
        foreach (var c in font.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')
            {
                builder.Append(c);
            }
        }

        var name = builder.ToString().Trim();
        return name.Length == 0 ? null : name;
    }
}
