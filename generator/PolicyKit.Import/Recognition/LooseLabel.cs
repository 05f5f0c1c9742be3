using System.Text;

namespace PolicyKit.Import.Recognition;

/// <summary>A label or value compared loosely: lower case, letters and digits only, single spaces ("Policy owner:" = "policy owner").</summary>
internal static class LooseLabel
{
    public static string Of(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().Trim();
    }

    /// <summary>"Director of Operations" → "director-of-operations", as role keys are written.</summary>
    public static string Key(string text) => Of(text).Replace(' ', '-');
}
