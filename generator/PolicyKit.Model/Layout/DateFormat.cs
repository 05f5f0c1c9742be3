using System.Globalization;
using System.Text;

namespace PolicyKit.Model.Layout;

/// <summary>
/// How a document writes its dates, as a pattern of <c>d</c>, <c>dd</c>, <c>MM</c>, <c>MMM</c>, <c>MMMM</c>,
/// <c>yy</c>, <c>yyyy</c> and literal characters: "d MMMM yyyy" gives "3 September 2025". British month names
/// whatever the machine's culture. A date known only to the month drops the day and what joins it to the rest.
/// </summary>
public sealed record DateFormat
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private DateFormat(string pattern) => Pattern = pattern;

    /// <summary>"3 September 2025".</summary>
    public static DateFormat Long { get; } = new("d MMMM yyyy");

    /// <summary>"03/09/2025".</summary>
    public static DateFormat Short { get; } = new("dd/MM/yyyy");

    public string Pattern { get; }

    /// <summary>The format for a pattern, or null with the reason when the pattern has no year or uses other letters.</summary>
    public static DateFormat? TryCreate(string pattern, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        problem = null;
        var tokens = Tokens(pattern).ToList();
        // Token is a struct: Find gives default (Text null) when every letter is a date part.
        if (tokens.Find(t => t.IsField && Field(t.Text) is null) is { Text: not null } bad)
        {
            problem = $"'{bad.Text}' is not a date part; use d or dd (day), MM, MMM or MMMM (month), yy or yyyy (year)";
            return null;
        }

        if (!tokens.Any(t => t.IsField && t.Text[0] == 'y'))
        {
            problem = "the format has no year (yyyy)";
            return null;
        }

        return new DateFormat(pattern);
    }

    /// <summary>The date as this format writes it; when <paramref name="monthOnly"/>, without the day.</summary>
    public string Format(DateOnly date, bool monthOnly = false)
    {
        var text = new StringBuilder();
        var tokens = Tokens(Pattern).ToList();
        if (monthOnly)
        {
            tokens = WithoutDay(tokens);
        }

        foreach (var token in tokens)
        {
            text.Append(token.IsField ? Field(token.Text)!(date) : token.Text);
        }

        return text.ToString().Trim();
    }

    // "d MMMM yyyy" → "MMMM yyyy"; "dd/MM/yyyy" → "MM/yyyy": the day goes with the separator that follows it, or precedes it when it is last.
    private static List<Token> WithoutDay(List<Token> tokens)
    {
        var day = tokens.FindIndex(t => t.IsField && t.Text[0] == 'd');
        if (day < 0)
        {
            return tokens;
        }

        var result = new List<Token>(tokens);
        if (day + 1 < result.Count && !result[day + 1].IsField)
        {
            result.RemoveAt(day + 1);
        }
        else if (day > 0 && !result[day - 1].IsField)
        {
            result.RemoveAt(day - 1);
            day--;
        }

        result.RemoveAt(day);
        return result;
    }

    private static Func<DateOnly, string>? Field(string token) => token switch
    {
        "d" => d => d.Day.ToString(CultureInfo.InvariantCulture),
        "dd" => d => d.Day.ToString("00", CultureInfo.InvariantCulture),
        "MM" => d => d.Month.ToString("00", CultureInfo.InvariantCulture),
        "MMM" => d => Months[d.Month - 1][..3],
        "MMMM" => d => Months[d.Month - 1],
        "yy" => d => (d.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        "yyyy" => d => d.Year.ToString("0000", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IEnumerable<Token> Tokens(string pattern)
    {
        for (var i = 0; i < pattern.Length;)
        {
            var start = i;
            if (char.IsAsciiLetter(pattern[i]))
            {
                while (i < pattern.Length && pattern[i] == pattern[start])
                {
                    i++;
                }

                yield return new Token(pattern[start..i], IsField: true);
            }
            else
            {
                while (i < pattern.Length && !char.IsAsciiLetter(pattern[i]))
                {
                    i++;
                }

                yield return new Token(pattern[start..i], IsField: false);
            }
        }
    }

    private readonly record struct Token(string Text, bool IsField);
}
