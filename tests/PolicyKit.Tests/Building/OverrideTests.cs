using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Building;

public sealed class OverrideTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void Without_changes_the_school_gets_the_trust_text_with_its_own_values()
    {
        Assert.Equal(
            ["Passwords", "length: Passwords at Alder School have at least 6 characters.", "sharing: Never share a password.", "sharing-it: Not even with IT staff.", "Reporting", "report: Report a lost password to Dee Pio."],
            Outline());
    }

    [Fact]
    public void Replace_keeps_the_clause_place_and_id()
    {
        WriteOverride("  - replace: sharing\n    with: |\n      Share a password with nobody, {{ school.name }} staff included.");
        Assert.Equal("sharing: Share a password with nobody, Alder School staff included.", Outline()[2]);
    }

    [Fact]
    public void Remove_takes_out_one_clause_or_a_whole_section()
    {
        WriteOverride("  - remove: sharing-it\n  - remove: reporting");
        Assert.Equal(["Passwords", "length: Passwords at Alder School have at least 6 characters.", "sharing: Never share a password."], Outline());
    }

    [Fact]
    public void Removing_a_clause_the_policy_links_to_names_the_school_that_removed_it()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("Report a lost password", "Report a lost password (see [sharing](#sharing-it))"));
        WriteOverride("  - remove: sharing-it");
        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);
        Assert.Equal("the link '#sharing-it' points at clause 'sharing-it', which Alder School's changes remove; link to another clause, or keep 'sharing-it' in that school's override.", diagnostic.Message);
    }

    [Fact]
    public void A_replacement_that_expands_to_nothing_is_an_error_not_an_empty_clause()
    {
        WriteOverride("  - replace: sharing\n    with: \"{{ if false }}Never.{{ end }}\"");
        var path = _trust.DisplayPath("schools/alder/overrides/passwords.yaml");
        Assert.Equal(
            $"{path}(3,1): error PK0103: the 'with:' text of this change is empty for Alder School; write the clause's text, or use 'remove: sharing'.",
            Assert.Single(_trust.Compile().Diagnostics).ToString());
    }

    [Fact]
    public void Add_after_and_before_insert_new_clauses_with_their_own_ids()
    {
        WriteOverride("  - add-after: length\n    with: Passphrases are welcome. {#passphrases}\n  - add-before: report\n    with: Keep calm. {#calm}");
        var outline = Outline();
        Assert.Equal("passphrases: Passphrases are welcome.", outline[2]);
        Assert.Equal(["calm: Keep calm.", "report: Report a lost password to Dee Pio."], outline[^2..]);
    }

    [Fact]
    public void Conditionals_include_clauses_only_where_they_apply()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n{{ if settings.password_min_length < 8 }}\n1. Short passwords need a second factor. {#second-factor}\n{{ end }}\n");
        Assert.Contains("second-factor: Short passwords need a second factor.", Outline());
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml.Replace("password-min-length: 6", "password-min-length: 12"));
        Assert.DoesNotContain(Outline(), line => line.StartsWith("second-factor", StringComparison.Ordinal));
    }

    private void WriteOverride(string changes) => _trust.Write("schools/alder/overrides/passwords.yaml", "changes:\n" + changes);

    private List<string> Outline()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        var lines = new List<string>();
        Walk(compilation!.Documents.Single().Document.Body, lines);
        return lines;
    }

    private static void Walk(IEnumerable<Node> nodes, List<string> lines)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Heading h: lines.Add(InlineText.Flatten(h.Content)); break;
                case ListBlock l: Walk(l.Items, lines); break;
                case ListItem i:
                    lines.Add($"{i.Id}: {InlineText.Flatten(((Paragraph)i.Blocks[0]).Content)}");
                    Walk(i.Blocks.Skip(1), lines);
                    break;
                case Paragraph p: lines.Add(InlineText.Flatten(p.Content)); break;
            }
        }
    }
}
