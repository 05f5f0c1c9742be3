using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary><c>layout:</c> in trust.yaml, school.yaml and a policy, and trust.yaml's named <c>layouts:</c>, resolved into a document's layout.</summary>
public sealed class LayoutSourceTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void Without_a_layout_a_document_keeps_the_built_in_one()
    {
        var document = Single();

        Assert.Null(document.Info.Layout);
    }

    [Fact]
    public void Metadata_rows_are_expanded_in_the_date_format_and_a_row_that_comes_out_empty_is_left_out()
    {
        Trust("""
            layout:
              date-format: d MMM yyyy
              metadata:
                - label: Last reviewed
                  value: "{{ policy.last_reviewed }}"
                - label: Responsible officer
                  value: "{{ policy.owner_name }} ({{ policy.owner_title }})"
                - label: Minute
                  value: "{{ policy.minute_ref }}"
                - label: To be reviewed
                  value: "{{ policy.next_review }}"
                - label: Setting
                  value: "{{ settings.password_min_length }} characters"
            """);

        var layout = Single().Info.Layout!;

        Assert.Equal(
            [
                new MetadataRow("Last reviewed", "1 Jul 2025", new DateOnly(2025, 7, 1)),
                new MetadataRow("Responsible officer", "Olu Ops (Director of Operations)"),
                new MetadataRow("To be reviewed", "1 Sep 2030", new DateOnly(2030, 9, 1)),
                new MetadataRow("Setting", "6 characters"),
            ],
            layout.Metadata);
        Assert.Equal("d MMM yyyy", layout.Dates!.Pattern);
    }

    [Fact]
    public void An_empty_metadata_list_means_no_table_and_leaving_it_out_keeps_the_built_in_rows()
    {
        Trust("layout:\n  metadata: []\n");
        Assert.Empty(Single().Info.Layout!.Metadata);

        Trust("layout:\n  contents-depth: 1\n");
        var document = Single();
        Assert.Equal(PolicyMetadata.BuiltInRows(document.Info), document.Info.Layout!.Metadata);
    }

    [Fact]
    public void The_title_page_lists_the_parts_in_the_order_written_and_skips_a_logo_the_school_has_not_got()
    {
        Trust("""
            layout:
              title-page:
                - logo
                - trust-name
                - name
                - title
                - version
                - subtitle: "Policy {{ policy.id }} of the staff handbook"
                - text: "{{ school.motto }}"
            """);

        var elements = Single().Info.Layout!.TitlePage;

        Assert.Equal(
            [
                new TitleElement(TitleElementKind.OrganisationName, "Test Learning Trust"),
                new TitleElement(TitleElementKind.OrganisationName, "Alder School"),
                new TitleElement(TitleElementKind.Title, "Passwords"),
                new TitleElement(TitleElementKind.Subtitle, "Version 1.0"),
                new TitleElement(TitleElementKind.Subtitle, "Policy passwords of the staff handbook"),
                new TitleElement(TitleElementKind.Text, "Growing together"),
            ],
            elements);
    }

    [Fact]
    public void Signatories_come_from_roles_and_names_dated_as_ratified_and_none_leaves_the_block_out()
    {
        Trust("""
            layout:
              signatories:
                - role: headteacher
                - role: director-of-operations
                  label: CEO
                - role: chair
                - name: Sam Board
                  label: Chair of the board
            """);

        var signatures = Single().Info.Layout!.Signatures!;

        var signed = new LayoutValue("3 September 2025", new DateOnly(2025, 9, 3));
        Assert.Equal("Signed", signatures.Heading);
        Assert.Equal("Ratified by the Governing body on 3 September 2025.", signatures.Sentence);
        Assert.Equal(
            [
                new SignatureEntry("Headteacher", "Hana Head", signed),
                new SignatureEntry("CEO", "Olu Ops", signed),
                new SignatureEntry("Chair of governors", "Cai Chair", signed),
                new SignatureEntry("Chair of the board", "Sam Board", signed),
            ],
            signatures.Entries);

        Trust("layout:\n  signatories: none\n");
        Assert.Null(Single().Info.Layout!.Signatures);
    }

    [Fact]
    public void A_change_log_takes_its_own_title_columns_widths_and_place()
    {
        Trust("""
            layout:
              date-format: short
              change-log:
                place: start
                title: Change log
                columns:
                  - label: Date
                    value: "{{ entry.date }}"
                    width: 20
                  - label: Details of change
                    value: "{{ entry.changes }} (by {{ entry.by }})"
                  - label: Approved
                    value: "{{ entry.ratified_by }} {{ entry.ratified }}"
            """);

        var log = Single().Info.Layout!.ChangeLog!;

        Assert.Equal("Change log", log.Title);
        Assert.Equal(ChangeLogPlacement.Start, log.Placement);
        Assert.Equal([new ChangeLogColumn("Date", 20), new ChangeLogColumn("Details of change", 10), new ChangeLogColumn("Approved", 10)], log.Columns);
        var row = Assert.Single(log.Rows);
        Assert.Equal([new LayoutValue("01/07/2025", new DateOnly(2025, 7, 1)), new LayoutValue("First version. (by TC)"), new LayoutValue("Governing body 03/09/2025")], row);
    }

    [Fact]
    public void A_change_log_placed_as_a_section_is_the_body_s_last_numbered_section()
    {
        Trust("layout:\n  change-log:\n    place: section\n    title: Review history\n");

        var document = Single();

        Assert.Null(document.Info.Layout!.ChangeLog);
        var heading = Assert.IsType<Heading>(document.Body[^2]);
        Assert.Equal([new TextRun("Review history")], heading.Content);
        Assert.Equal(1, heading.Level);
        Assert.Equal("3.", document.Numbering.Label(heading));
        var table = Assert.IsType<Table>(document.Body[^1]);
        Assert.Equal(BuiltInLayout.ReviewHistoryColumns.Select(c => c.Label), table.HeaderRows.Single().Cells.Select(c => Text(c.Content)));
        Assert.Equal(["1.0", "1 July 2025", "TC", "First version.", "3 September 2025", "4 September 2025"], table.BodyRows.Single().Cells.Select(c => Text(c.Content)));
    }

    [Fact]
    public void Change_log_none_leaves_the_table_out()
    {
        Trust("layout:\n  change-log: none\n");

        var document = Single();

        Assert.Null(document.Info.Layout!.ChangeLog);
        Assert.IsNotType<Table>(document.Body[^1]);
    }

    [Fact]
    public void Before_contents_is_read_as_paragraphs_after_template_expansion()
    {
        Trust("""
            layout:
              before-contents: |
                This policy was adopted by {{ school.name }}.

                It is reviewed **every year**.
            """);

        var paragraphs = Single().Info.Layout!.BeforeContents;

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("This policy was adopted by Alder School.", Text(paragraphs[0].Content));
        Assert.Equal("It is reviewed every year.", Text(paragraphs[1].Content));
        Assert.Equal("every year", Text(Assert.IsType<Strong>(paragraphs[1].Content[1]).Content));
    }

    [Fact]
    public void A_named_layout_is_picked_by_name_and_later_files_change_it_key_by_key()
    {
        Trust("""
            layouts:
              handbook:
                contents-depth: 3
                table-widths: content
                body-on-new-page: false
                signatories: none
            layout: handbook
            """);
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  contents-depth: 1\n  date-format: long\n");
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("review-cycle: annual\n", "review-cycle: annual\nlayout:\n  based-on: handbook\n  date-format: short\n", StringComparison.Ordinal));

        var layout = Single().Info.Layout!;

        // The policy picks the handbook again, so its contents depth (3) replaces the school's (1).
        Assert.Equal(3, layout.ContentsDepth);
        Assert.Equal(TableWidths.Content, layout.TableWidths);
        Assert.False(layout.BodyOnNewPage);
        Assert.Null(layout.Signatures);
        Assert.Same(DateFormat.Short, layout.Dates);
    }

    [Fact]
    public void A_school_layout_changes_only_the_keys_it_writes()
    {
        Trust("layout: handbook\nlayouts:\n  handbook:\n    contents-depth: 3\n    table-widths: content\n");
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  contents-depth: 0\n");

        var layout = Single().Info.Layout!;

        Assert.Equal(0, layout.ContentsDepth);
        Assert.Equal(TableWidths.Content, layout.TableWidths);
    }

    [Fact]
    public void A_proposed_version_is_not_signed_and_its_change_log_ends_with_the_proposal()
    {
        Trust("layout:\n  signatories:\n    - role: headteacher\n  metadata:\n    - label: Version\n      value: \"{{ policy.version }}\"\n    - label: Ratified\n      value: \"{{ policy.ratified }}\"\n");
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n  - version: \"1.1\"\n    date: 2026-01-05\n    by: TC\n    changes: Longer passwords.\n    status: proposed\n", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var compilation = PolicyKit.Generator.Building.Compiler.Compile(new PolicyKit.Generator.Building.BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, ShowProposed = true }, diagnostics, CancellationToken.None);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var layout = Assert.Single(compilation!.Documents).Document.Info.Layout!;
        Assert.Null(layout.Signatures);
        Assert.Equal([new MetadataRow("Version", "1.1")], layout.Metadata);
        Assert.Equal(["1.0", "1.1"], layout.ChangeLog!.Rows.Select(row => row[0].Text));
    }

    [Fact]
    public void A_misspelt_layout_key_and_value_are_errors_at_their_position_with_the_nearest_name()
    {
        var path = Trust("layout:\n  contents-dept: 2\n  table-widths: contnet\n  change-log:\n    place: middle\n  contents-depth: 5\n");
        var line = TrustFixture.TrustYaml.Split('\n').Length + 1;

        var messages = Errors();

        Assert.Contains($"{path}({line + 1},3): error PK0102: unknown key 'contents-dept' in layout (did you mean 'contents-depth'?).", messages);
        Assert.Contains($"{path}({line + 2},17): error PK1001: 'table-widths' must be fixed or content, not 'contnet' (did you mean 'content'?).", messages);
        Assert.Contains($"{path}({line + 4},12): error PK1001: 'place' must be end, start or section, not 'middle'.", messages);
        Assert.Contains($"{path}({line + 5},19): error PK1001: 'contents-depth' must be 0 (no contents), 1, 2 or 3 heading levels, not 5.", messages);
    }

    [Fact]
    public void A_template_value_left_unquoted_is_an_error_saying_to_quote_it()
    {
        var path = Trust("layout:\n  metadata:\n    - label: Review\n      value: {{ policy.next_review }}\n");
        var line = TrustFixture.TrustYaml.Split('\n').Length + 1;

        Assert.Contains($"{path}({line + 3},14): error PK1001: 'value' starts with '{{{{', so YAML needs it in quotes: value: \"{{{{ … }}}}\".", Errors());
    }

    [Fact]
    public void A_template_error_in_a_layout_value_is_positioned_at_its_line_and_column()
    {
        var path = Trust("layout:\n  metadata:\n    - label: Review\n      value: \"{{ policy.nxt_review }}\"\n    - label: Broken\n      value: \"{{ if }}\"\n");
        var line = TrustFixture.TrustYaml.Split('\n').Length + 1;

        var messages = Errors();

        Assert.Contains($"{path}({line + 3},25): error PK0202: unknown variable 'policy.nxt_review' (did you mean 'policy.next_review'?).", messages);
        Assert.Contains(messages, m => m.StartsWith($"{path}({line + 5},", StringComparison.Ordinal) && m.Contains("error PK0201", StringComparison.Ordinal));
    }

    private string Trust(string layout) => _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\n" + layout);

    private PolicyDocument Single()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        return Assert.Single(compilation!.Documents).Document;
    }

    private List<string> Errors() => [.. _trust.Compile().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];

    private static string Text(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun run => run.Text,
        Strong strong => Text(strong.Content),
        _ => i.ToString(),
    }));
}
