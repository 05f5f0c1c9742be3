using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>
/// schools/&lt;id&gt;/overrides/&lt;policy&gt;.yaml for about two schools in five: replace, remove, add-after and add-before,
/// each aimed at a different clause that every school has.
/// </summary>
internal static class OverrideYamlWriter
{
    private static readonly string[] Verbs = ["replace", "remove", "add-after", "add-before"];

    public static IEnumerable<(string PolicyId, string Yaml)> WriteFor(Random random, string schoolId, IReadOnlyList<PolicyPlan> policies)
    {
        if (!random.Chance(0.4))
        {
            yield break;
        }

        var added = 0;
        foreach (var policy in random.Sample(policies.Where(p => p.OverridableClauseIds.Count >= 4).ToList(), random.Next(1, 4)))
        {
            var yaml = new StringBuilder().Line($"# {schoolId}'s changes to the trust's {policy.Title.ToLowerInvariant()} policy.").Line("changes:");
            foreach (var target in random.Sample(policy.OverridableClauseIds, random.Next(1, 4)))
            {
                var verb = random.Pick(Verbs);
                yaml.Line($"  - {verb}: {target}");
                var id = verb == "replace" ? target : $"local-{schoolId}-{++added}";
                if (verb != "remove")
                {
                    var sentence = random.Pick(ClauseSentences.Statements).Replace("{topic}", policy.Topic, StringComparison.Ordinal);
                    yaml.Line("    with: |").Line($"      At {{{{ school.name }}}}: {sentence} {{#{id}}}");
                }
            }

            // Every version is written by the end of July 2026, and a school ratifies one no earlier than it was
            // written (PK0504): August to the end of October. Two draws, as before, so the rest of the trust is unchanged.
            yaml.Line($"ratified: {new DateOnly(2026, 8, 1).AddDays(random.Next(0, 62) + random.Next(0, 29)).Iso()}");
            if (random.Chance(0.5))
            {
                yaml.Line($"next-review: {new DateOnly(random.Next(2027, 2029), random.Next(1, 13), 1).Iso()}");
            }

            yield return (policy.Id, yaml.ToString());
        }
    }
}
