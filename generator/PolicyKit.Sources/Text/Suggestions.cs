namespace PolicyKit.Sources.Text;

/// <summary>"Did you mean …?" for misspelt keys, variables, roles and settings.</summary>
/// <remarks>Public for the generator, which names a misspelt --school or --policy the same way the sources do.</remarks>
public static class Suggestions
{
    internal static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(Normalise(name), Normalise(candidate));
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Allow roughly one typo in three characters, never fewer than two edits.
        var limit = Math.Max(2, name.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>The hint to append to a message about an unknown name.</summary>
    /// <param name="name">The name as the person wrote it.</param>
    /// <param name="candidates">The names that exist.</param>
    /// <returns>" (did you mean 'x'?)" for the closest candidate within about one typo in three characters, or an empty string.</returns>
    public static string Hint(string name, IEnumerable<string> candidates)
    {
        var closest = Closest(name, candidates);
        return closest is null ? string.Empty : $" (did you mean '{closest}'?)";
    }

    // '-' and '_' spell the same word in YAML keys and template names.
    private static string Normalise(string value) => value.Replace('_', '-').ToLowerInvariant();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
