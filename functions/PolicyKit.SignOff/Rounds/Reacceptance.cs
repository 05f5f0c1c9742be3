using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// Why a round asks people to sign again: the version they signed, and what the new one changes. Set only on the
/// rounds publish starts after a material change, and kept with the round so its invitations can say why.
/// </summary>
/// <param name="Follows">The version the people asked had signed.</param>
/// <param name="Changes">The new version's <c>changes:</c> text.</param>
/// <param name="MaterialClauses">The clauses whose change is material, with their headings.</param>
/// <param name="NotAsked">People who signed <paramref name="Follows"/> but were not asked again, and why, as it stood when the round started.</param>
public sealed record Reacceptance(string Follows, string Changes, IReadOnlyList<MaterialClause> MaterialClauses, IReadOnlyList<NotAskedAgain> NotAsked)
{
    /// <summary>"the clauses on signing in and locking and digital working", or null when no clause is named.</summary>
    public string? ClauseWording()
    {
        var headings = MaterialClauses.Select(c => c.Heading ?? c.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return headings switch
        {
            [] => null,
            [var one] => $"the clauses on {one}",
            _ => $"the clauses on {string.Join(", ", headings[..^1])} and {headings[^1]}",
        };
    }
}

/// <summary>Someone who signed the previous version and is not asked to sign again by a re-acceptance round.</summary>
/// <param name="Reason">In words for the business manager: "no longer on the roster", "marked as left".</param>
public sealed record NotAskedAgain(string PersonId, string Name, string Reason);
