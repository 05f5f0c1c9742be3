using System.Text;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>Readable anchor ids made from heading text, in the same alphabet as clause ids (a-z, 0-9, hyphen).</summary>
internal static class Slugs
{
    private const int MaxLength = 60;

    public static string From(string text, string fallback)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Accents fall away ("Café" → "cafe"); anything else separates words.
                pendingHyphen = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.Length == 0 ? fallback : builder.ToString().TrimEnd('-');
    }
}
