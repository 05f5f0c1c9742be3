using System.Globalization;
using System.Text;

namespace PolicyKit.Bench.Generation;

/// <summary>Small helpers shared by the writers.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with the given probability (0 to 1).</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Up to <paramref name="count"/> distinct items, in a random order.</summary>
    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy.Take(Math.Min(count, copy.Length)).ToList();
    }

    public static string Colour(this Random random) => random.Next(0x1000000).ToString("X6", CultureInfo.InvariantCulture);

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Appends a line ending in "\n" whatever the platform, so generated files are byte-identical everywhere.</summary>
    public static StringBuilder Line(this StringBuilder text, string line = "") => text.Append(line).Append('\n');

    /// <summary>kebab-case id from words: "Teachers' pay" → "teachers-pay".</summary>
    public static string Slug(string words)
    {
        var slug = new StringBuilder();
        foreach (var c in words.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (c is ' ' or '-' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
