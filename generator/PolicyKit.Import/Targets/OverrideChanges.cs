using PolicyKit.Import.Recognition;

namespace PolicyKit.Import.Targets;

/// <summary>One entry of a school override's <c>changes:</c> list.</summary>
/// <param name="Verb">replace, remove, add-after or add-before.</param>
/// <param name="Nodes">The imported nodes written as its <c>with:</c> text; empty for remove.</param>
internal sealed record OverrideChange(string Verb, string TargetId, IReadOnlyList<SourceNode> Nodes);

/// <summary>
/// Works out the fewest clause changes that turn the trust's policy, as built for a school, into the school's own
/// document: sibling by sibling, matching clauses by id and else by their words, then replacing the ones whose
/// words differ, removing the ones the school left out and adding the school's own next to their neighbours.
/// </summary>
internal static class OverrideChanges
{
    // Two clauses whose words overlap this much are the same clause reworded, not one removed and another added.
    private const double SameClause = 0.6;

    public static (IReadOnlyList<OverrideChange> Changes, IReadOnlyList<string> Unexpressed) Between(IReadOnlyList<BodyUnit> trust, IReadOnlyList<BodyUnit> school)
    {
        var changes = new List<OverrideChange>();
        var unexpressed = new List<string>();
        var trustIds = new HashSet<string>(Ids(trust), StringComparer.Ordinal);
        if (!AlignSiblings(trust, school, parent: null, trustIds, changes, unexpressed))
        {
            unexpressed.Add("the document shares no clause with the trust's policy, so nothing could be placed next to one");
        }

        return (changes, unexpressed);
    }

    /// <returns>False when imported units could not be placed because no trust sibling matched and the parent is a clause: the caller then replaces the parent.</returns>
    private static bool AlignSiblings(IReadOnlyList<BodyUnit> trust, IReadOnlyList<BodyUnit> school, BodyUnit? parent, HashSet<string> trustIds, List<OverrideChange> changes, List<string> unexpressed)
    {
        var pairs = Align(trust, school, trustIds);
        var local = new List<OverrideChange>();
        var matchedTrust = pairs.Select(p => p.Trust).ToHashSet();
        var pending = new List<BodyUnit>();
        string? previousTrustId = null;
        var ok = true;

        void FlushPending(string? nextTrustId)
        {
            if (pending.Count == 0)
            {
                return;
            }

            var nodes = pending.Select(u => u.Source!).ToList();
            if (previousTrustId is not null)
            {
                local.Add(new OverrideChange("add-after", previousTrustId, nodes));
            }
            else if (nextTrustId is not null)
            {
                local.Add(new OverrideChange("add-before", nextTrustId, nodes));
            }
            else if (parent is { Kind: UnitKind.Heading, Id: { } headingId })
            {
                local.Add(new OverrideChange("add-after", headingId, nodes));
            }
            else
            {
                ok = false;
            }

            pending.Clear();
        }

        var pairIndex = 0;
        foreach (var unit in school)
        {
            if (pairIndex < pairs.Count && ReferenceEquals(pairs[pairIndex].School, unit))
            {
                var (t, s) = pairs[pairIndex++];
                FlushPending(t.Id);
                Compare(t, s, trustIds, local, unexpressed);
                previousTrustId = t.Id ?? previousTrustId;
            }
            else
            {
                pending.Add(unit);
            }
        }

        FlushPending(null);

        foreach (var unit in trust.Where(t => !matchedTrust.Contains(t)))
        {
            if (unit.Id is { } id)
            {
                local.Add(new OverrideChange("remove", id, []));
            }
            else
            {
                unexpressed.Add($"the trust's text \"{Preview(unit)}\" is not in the school's document, but it has no id to remove it by");
            }
        }

        if (ok)
        {
            changes.AddRange(local);
        }

        return ok;
    }

    private static void Compare(BodyUnit trust, BodyUnit school, HashSet<string> trustIds, List<OverrideChange> changes, List<string> unexpressed)
    {
        if (trust.Kind == UnitKind.Heading)
        {
            if (!trust.SameWords(school))
            {
                Replace(trust, school with { Source = ((SectionNode)school.Source!) with { Children = [] } }, changes, unexpressed);
            }

            AlignSiblings(trust.Children, school.Children, trust, trustIds, changes, unexpressed);
            return;
        }

        if (!trust.SameWords(school) || !AlignSiblings(trust.Children, school.Children, trust, trustIds, changes, unexpressed))
        {
            Replace(trust, school, changes, unexpressed);
        }
    }

    private static void Replace(BodyUnit trust, BodyUnit school, List<OverrideChange> changes, List<string> unexpressed)
    {
        if (trust.Id is null)
        {
            unexpressed.Add($"the school's document changes \"{Preview(trust)}\", which has no id to replace it by");
            return;
        }

        // A sub-clause's own change would be inside this replacement: the whole clause, as the school has it, replaces it.
        changes.RemoveAll(c => IsInside(c.TargetId, trust));
        changes.Add(new OverrideChange("replace", trust.Id, [WithId(school.Source!, trust.Id)]));
    }

    private static bool IsInside(string id, BodyUnit unit) => unit.Children.Any(c => c.Id == id || IsInside(id, c));

    private static SourceNode WithId(SourceNode node, string id) => node switch
    {
        ClauseNode clause => clause with { Id = id },
        SectionNode section => section with { Id = id },
        ParagraphNode paragraph => paragraph with { Id = id },
        _ => node,
    };

    // The longest common subsequence of the two sibling lists under "is the same unit": the same id, or else the
    // same kind with most words in common (an imported id the trust uses elsewhere cannot match another unit).
    private static List<(BodyUnit Trust, BodyUnit School)> Align(IReadOnlyList<BodyUnit> trust, IReadOnlyList<BodyUnit> school, HashSet<string> trustIds)
    {
        bool Same(BodyUnit t, BodyUnit s) =>
            t.Kind == s.Kind && (t.Id is not null && t.Id == s.Id
                || (s.Id is null || !trustIds.Contains(s.Id)) && Similarity(t.Words, s.Words) >= SameClause);

        var lengths = new int[trust.Count + 1, school.Count + 1];
        for (var i = trust.Count - 1; i >= 0; i--)
        {
            for (var j = school.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = Same(trust[i], school[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<(BodyUnit, BodyUnit)>();
        for (int i = 0, j = 0; i < trust.Count && j < school.Count;)
        {
            if (Same(trust[i], school[j]) && lengths[i, j] == lengths[i + 1, j + 1] + 1)
            {
                pairs.Add((trust[i++], school[j++]));
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>Dice's coefficient over the two multisets of words.</summary>
    private static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1 : 0;
        }

        var counts = a.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in b)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    private static IEnumerable<string> Ids(IEnumerable<BodyUnit> units) =>
        units.SelectMany(u => Ids(u.Children).Prepend(u.Id)).OfType<string>();

    private static string Preview(BodyUnit unit) =>
        string.Join(" ", unit.Words.Take(8)) + (unit.Words.Count > 8 ? "…" : string.Empty);
}
