using CsCheck;
using PolicyKit.Generator.Ratifying;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Ratifying;

/// <summary>Whatever comments and blank lines an author has around a version entry, the writer changes only the lines that record the ratification.</summary>
public sealed class RatificationWriterPropertyTests
{
    private const string ProposedEntry = "  - version: \"1.1\"\n    date: 2026-10-01\n    by: TC\n    changes: Longer passwords.\n    status: proposed\n    material-clauses: [length]\n";

    private static readonly string[] Asides = ["    # checked by the DPO", "", "  # the next version", "    # status: draft", "# a note for the clerk"];

    [Fact]
    public void Every_line_the_author_wrote_except_the_proposed_status_is_kept_byte_for_byte()
    {
        var policy = TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n" + ProposedEntry, StringComparison.Ordinal).Replace("next-review: 2030-09-01\n", string.Empty, StringComparison.Ordinal);
        var lines = policy.Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("version-history:", StringComparison.Ordinal)) + 1;
        var last = Array.FindIndex(lines, 1, l => l == "---") - 1;

        // Insert comments and blank lines at random places among the history's lines (after a line, so no entry loses its '- ').
        var asides = Gen.Select(Gen.Int[first, last], Gen.Int[0, Asides.Length - 1]).Array[0, 6];
        asides.Sample(
            inserts =>
            {
                var edited = lines.ToList();
                foreach (var (line, which) in inserts.OrderByDescending(i => i.Item1))
                {
                    edited.Insert(line + 1, Asides[which]);
                }

                using var trust = new TrustFixture();
                var path = Path.Combine(trust.Root, "passwords.md");
                File.WriteAllText(path, string.Join('\n', edited));
                var before = File.ReadAllLines(path);

                var result = RatificationWriter.Write(trust.Root, new RatificationApproval("passwords", "1.1", "governing-body", null, new DateOnly(2026, 10, 20), "Cai Chair", null, "approval-1"));

                Assert.Equal(RatificationOutcome.Written, result.Outcome);
                var after = File.ReadAllLines(path);
                string[] added = ["    ratified: 2026-10-20  # approval approval-1", "    ratified-by: governing-body", "    chair: Cai Chair"];
                var at = Array.IndexOf(after, added[0]);
                Assert.Equal(added, after[at..(at + 3)]);
                Assert.Equal(before.Where(l => l != "    status: proposed"), after.Where((_, i) => i < at || i >= at + 3));
            },
            seed: "0000yVh1v6MS",
            iter: 60,
            threads: 1);
    }
}
