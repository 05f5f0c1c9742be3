using PolicyKit.Import;
using PolicyKit.Import.Reading;
using PolicyKit.Import.Recognition;
using PolicyKit.Import.Targets;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Import.Targets;

/// <summary>Where an import is written, which names become fields, and a school's document as changes to the trust's policy.</summary>
public sealed class ImportTargetTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_new_policy_is_written_as_the_trusts_policy_file()
    {
        var target = ImportTarget.Resolve(_trust.Root, "visitors", schoolId: null);

        Assert.Equal(Path.Combine(_trust.Root, "visitors.md"), target.OutputPath);
        Assert.False(target.IsSchoolOverride);
        Assert.Equal("visitors", target.Context.PolicyId);
    }

    [Fact]
    public void A_schools_document_turns_the_schools_people_and_the_trusts_role_holders_into_fields_longest_first()
    {
        var names = ImportTarget.Resolve(_trust.Root, "visitors", "alder").Context.Names;

        Assert.Contains(new NameField("Alder School", "school.name"), names);
        Assert.Contains(new NameField("Hana Head", "school.headteacher"), names);
        Assert.Contains(new NameField("Cai Chair", "school.chair_of_governors"), names);
        Assert.Contains(new NameField("Dee Pio", "roles.data_protection_officer.name"), names);
        Assert.Contains(new NameField("office@alder.example", "school.email"), names);
        Assert.Contains(new NameField("Test Learning Trust", "trust.name"), names);
        Assert.Equal(names.OrderByDescending(n => n.Text.Length).Select(n => n.Text), names.Select(n => n.Text));
    }

    [Fact]
    public void Without_a_school_only_the_trusts_names_become_fields()
    {
        var names = ImportTarget.Resolve(_trust.Root, "visitors", schoolId: null).Context.Names;

        Assert.DoesNotContain(names, n => n.Expression.StartsWith("school.", StringComparison.Ordinal));
        Assert.Contains(new NameField("Olu Ops", "roles.director_of_operations.name"), names);
    }

    [Fact]
    public void A_schools_copy_of_a_trust_policy_is_written_as_that_schools_override()
    {
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");

        Assert.True(target.IsSchoolOverride);
        Assert.Equal(Path.Combine(_trust.Root, "schools", "alder", "overrides", "passwords.yaml"), target.OutputPath);
    }

    [Fact]
    public void The_trusts_text_as_it_is_gives_an_override_with_no_changes_and_the_schools_own_ratification()
    {
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(TrustBody(), ("ratified", "2026-03-04"), ("next-review", "2027-03-31")));

        Assert.Contains("changes: []", written.Text, StringComparison.Ordinal);
        Assert.Contains("\nratified: 2026-03-04\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("\nnext-review: 2027-03-31\n", written.Text, StringComparison.Ordinal);
        Assert.Empty(written.Warnings);
        AssertBuildsAsTheSchoolsText(target, written.Text, TrustBody());
    }

    [Fact]
    public void A_clause_the_school_left_out_is_removed_by_its_id()
    {
        var body = TrustBody();
        body[1] = new SectionNode(1, "Reporting", "reporting", []);
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(body));

        Assert.Contains("changes:\n  - remove: report\n", written.Text, StringComparison.Ordinal);
        AssertBuildsAsTheSchoolsText(target, written.Text, body);
    }

    [Fact]
    public void A_reworded_clause_is_replaced_whole_and_a_new_one_is_added_after_its_neighbour()
    {
        var body = TrustBody();
        body[0] = new SectionNode(1, "Passwords", "passwords-section",
        [
            new ClauseNode("Passwords at {{ school.name }} have at least 6 characters.", "length", []),
            new ClauseNode("Never share a password with anyone, including the office.", "sharing", [new ClauseNode("Not even with IT staff.", "sharing-it", [])]),
            new ClauseNode("Change a password the day you think someone else knows it.", "change-known", []),
        ]);
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(body));

        Assert.Contains("  - replace: sharing\n    with: |\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  - add-after: sharing\n    with: |\n", written.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sharing-it\n", written.Text.Split("replace: sharing")[0], StringComparison.Ordinal);
        AssertBuildsAsTheSchoolsText(target, written.Text, body);
    }

    [Fact]
    public void The_schools_own_first_clause_in_a_section_goes_before_the_trusts_first()
    {
        var body = TrustBody();
        body[1] = new SectionNode(1, "Reporting", "reporting",
        [
            new ClauseNode("Tell the office straight away.", "tell-office", []),
            new ClauseNode("Report a lost password to {{ roles.data_protection_officer.name }}.", "report", []),
        ]);
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(body));

        Assert.Contains("  - add-before: report\n", written.Text, StringComparison.Ordinal);
        AssertBuildsAsTheSchoolsText(target, written.Text, body);
    }

    [Fact]
    public void A_school_with_an_override_already_is_compared_with_the_trusts_text_not_its_old_changes()
    {
        _trust.Write("schools/alder/overrides/passwords.yaml", "changes:\n  - remove: sharing\n");
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(TrustBody()));

        Assert.Contains("changes: []", written.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_the_trust_has_without_an_id_cannot_be_removed_and_says_so()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("# Reporting {#reporting}\n", "# Reporting {#reporting}\n\nAsk if unsure.\n", StringComparison.Ordinal));
        var target = ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(Policy(TrustBody()));

        var warning = Assert.Single(written.Warnings);
        Assert.Equal("PK1353", warning.Warning.Code);
        Assert.Contains("\"ask if unsure\"", warning.Warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stand_alone_school_imports_into_its_policies_with_its_own_names()
    {
        _trust.Write("trust.yaml", PolicyKit.Tests.Building.StandaloneSchoolTests.StandaloneYaml);
        Directory.Delete(Path.Combine(_trust.Root, "schools"), recursive: true);

        var target = ImportTarget.Resolve(_trust.Root, "passwords", schoolId: null);

        Assert.False(target.IsSchoolOverride);
        Assert.Contains(target.Context.Names, n => n.Expression == "school.name");
    }

    [Fact]
    public void Sources_with_errors_are_refused_before_anything_is_read()
    {
        _trust.Write("trust.yaml", "name: [");
        var error = Assert.Throws<ImportException>(() => ImportTarget.Resolve(_trust.Root, "visitors", null));
        Assert.Equal("PK1351", error.Diagnostic.Code);
    }

    private static List<SourceNode> TrustBody() =>
    [
        new SectionNode(1, "Passwords", "passwords-section",
        [
            new ClauseNode("Passwords at {{ school.name }} have at least 6 characters.", "length", []),
            new ClauseNode("Never share a password.", "sharing", [new ClauseNode("Not even with IT staff.", "sharing-it", [])]),
        ]),
        new SectionNode(1, "Reporting", "reporting", [new ClauseNode("Report a lost password to {{ roles.data_protection_officer.name }}.", "report", [])]),
    ];

    private static ImportedPolicy Policy(IReadOnlyList<SourceNode> body, params (string Key, object Value)[] frontMatter) =>
        new("passwords", "Passwords", "alpha", ReadConfidence.Structured,
            [new("id", "passwords"), new("title", "Passwords"), .. frontMatter.Select(p => new KeyValuePair<string, object>(p.Key, p.Value))],
            body, []);

    // The override, written where it goes, builds Alder's document with exactly the words of the school's own.
    private void AssertBuildsAsTheSchoolsText(ImportTarget target, string overrideText, IReadOnlyList<SourceNode> schoolBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target.OutputPath)!);
        File.WriteAllText(target.OutputPath, overrideText);
        var (compilation, diagnostics) = _trust.Compile();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics));
        var built = BodyUnits.OfModel(Assert.Single(compilation!.Documents).Document.Body);
        Assert.Equal(Words(BodyUnits.OfImport(schoolBody, target.Context.Names)), Words(built));
    }

    private static List<string> Words(IEnumerable<BodyUnit> units) =>
        [.. units.SelectMany(u => u.Words.Prepend(u.Kind.ToString()).Concat(Words(u.Children)))];
}
