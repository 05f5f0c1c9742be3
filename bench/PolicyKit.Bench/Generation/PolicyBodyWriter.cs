using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>
/// A policy body of 6–10 sections and 30–60 clauses: an introduction, a responsibilities table, middle sections
/// (some split into subsections, with conditionals and notes) and a closing review section.
/// </summary>
internal static class PolicyBodyWriter
{
    public static void Write(Random random, PolicyPlan policy, StringBuilder text)
    {
        var sectionCount = random.Next(6, 11);
        var clauseCount = random.Next(30, 61);
        var middle = random.Sample(PolicyTitles.SectionTitles, sectionCount - 3);
        var titles = new List<string> { "Introduction", "Roles and responsibilities" };
        titles.AddRange(middle);
        titles.Add("Monitoring and review");
        var clauses = new ClauseWriter(random, policy.Topic, text);
        var conditionals = new ConditionalWriter(clauses, text);
        for (var s = 0; s < titles.Count; s++)
        {
            var sectionId = RandomExtensions.Slug(titles[s]);
            var count = clauseCount / sectionCount + (s < clauseCount % sectionCount ? 1 : 0);
            text.Line($"# {titles[s]} {{#{sectionId}}}").Line();
            if (s == 0)
            {
                text.Line($"This policy explains how {{{{ school.name }}}} manages {policy.Topic}, and who is responsible for each part of it. {{#{sectionId}-summary}}").Line();
            }
            else if (s == 1)
            {
                WriteResponsibilities(text);
            }

            var split = s > 1 && s < titles.Count - 1 && count >= 6 && random.Chance(0.4);
            WriteClauses(random, policy, clauses, sectionId, 0, split ? count / 2 : count, s == 0);
            if (split)
            {
                text.Line().Line($"## Further arrangements {{#{sectionId}-further}}").Line();
                WriteClauses(random, policy, clauses, sectionId, count / 2, count, first: false);
            }

            // Each kind of conditional once per policy, in the early middle sections.
            conditionals.WriteFor(s, sectionId);
            text.Line();
            if (s > 1 && random.Chance(0.15))
            {
                text.Line($"> {clauses.Sentence(ClauseSentences.Notes)}").Line();
            }
        }
    }

    private static void WriteClauses(Random random, PolicyPlan policy, ClauseWriter clauses, string sectionId, int from, int to, bool first)
    {
        for (var c = from; c < to; c++)
        {
            var id = $"{sectionId}-{c + 1}";
            clauses.Write(id);
            if (first && c == from)
            {
                clauses.LinkTarget = id;
            }
            else if (random.Chance(0.5))
            {
                policy.OverridableClauseIds.Add(id);
            }
        }
    }

    private static void WriteResponsibilities(StringBuilder text) => text
        .Line("| Role | Who | Main responsibility |")
        .Line("| --- | --- | --- |")
        .Line("| Headteacher | {{ school.headteacher }} | Makes sure staff at {{ school.name }} know and follow this policy |")
        .Line("| Data protection officer | {{ roles.data_protection_officer.name }} | Advises on personal data and keeps the breach log |")
        .Line("| {{ roles.director_of_operations.title }} | {{ roles.director_of_operations.name }} | Owns this policy for the trust |")
        .Line("| Designated safeguarding lead | {{ roles.designated_safeguarding_lead.name }} | Acts on any safeguarding concern |")
        .Line("| Business manager | {{ roles.business_manager.name }} | Keeps records and contracts up to date |")
        .Line();
}
