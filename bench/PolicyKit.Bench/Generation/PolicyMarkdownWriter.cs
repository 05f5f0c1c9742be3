using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>&lt;policy&gt;.md: front matter (review cycle, version history, related policies) and a generated body.</summary>
internal static class PolicyMarkdownWriter
{
    private static readonly DateOnly EarliestReview = new(2027, 1, 4);
    private static readonly string[] Cycles = ["annual", "biennial", "triennial", "18 months"];
    private static readonly string[] Authors = ["Trust central team", "Trust safeguarding team", "Headteachers' group", "Trust HR team"];
    private static readonly string[] Initials = ["HC", "AP", "MH", "SO", "HC and DPO"];

    public static List<PolicyPlan> PlanAll(Random random, int count)
    {
        var titles = random.Sample(PolicyTitles.All, PolicyTitles.All.Length);
        return Enumerable.Range(0, count).Select(i =>
        {
            var (title, topic) = titles[i % titles.Count];
            var round = i / titles.Count;
            return round == 0
                ? new PolicyPlan(RandomExtensions.Slug(title), title, topic)
                : new PolicyPlan($"{RandomExtensions.Slug(title)}-{round + 1}", $"{title} (part {round + 1})", topic);
        }).ToList();
    }

    public static string Write(Random random, PolicyPlan policy, IReadOnlyList<PolicyPlan> all)
    {
        var text = new StringBuilder()
            .Line("---")
            .Line($"id: {policy.Id}")
            .Line($"title: {policy.Title}")
            .Line($"statutory: {(random.Chance(0.4) ? "true" : "false")}")
            .Line($"written-by: {random.Pick(Authors)}");
        if (random.Chance(0.3))
        {
            text.Line("source: Northgate Data Protection Services model policy");
        }

        text.Line($"owner-role: {random.Pick(TrustYamlWriter.RoleKeys)}")
            .Line($"approved-by: {(random.Chance(0.7) ? "governing-body" : "trust-board")}")
            .Line($"review-cycle: {random.Pick(Cycles)}")
            .Line($"next-review: {EarliestReview.AddDays(random.Next(0, 700)).Iso()}");
        WriteHistory(random, text);
        var related = random.Sample(all.Where(p => p != policy).ToList(), random.Next(1, 4)).Select(p => p.Id);
        text.Line($"related: [{string.Join(", ", related)}]");
        if (random.Chance(0.15))
        {
            text.Line("acceptance:")
                .Line("  required-from: [staff, governors, volunteers]")
                .Line("  statements:")
                .Line("    - I have read and understood this policy.")
                .Line("    - I will raise any concern about it with my line manager or the headteacher.");
        }

        text.Line("---").Line();
        PolicyBodyWriter.Write(random, policy, text);
        return text.ToString();
    }

    /// <summary>One to four versions, oldest first, all reviewed before 2026-11-23.</summary>
    private static void WriteHistory(Random random, StringBuilder text)
    {
        var versions = random.Next(1, 5);
        var year = 2026 - versions + 1 - random.Next(0, 2);
        text.Line("version-history:");
        for (var v = 0; v < versions; v++, year++)
        {
            var date = new DateOnly(year, random.Next(3, 8), random.Next(1, 29));
            var ratified = date.AddDays(random.Next(14, 31));
            text.Line($"  - version: \"{1 + v / 2}.{v % 2}\"")
                .Line($"    date: {date.Iso()}")
                .Line($"    by: {random.Pick(Initials)}")
                .Line($"    changes: {(v == 0 ? PolicyTitles.Changes[0] : random.Pick(PolicyTitles.Changes[1..]))}")
                .Line($"    ratified: {ratified.Iso()}")
                .Line($"    implemented: {ratified.AddDays(random.Next(1, 30)).Iso()}");
        }
    }
}
