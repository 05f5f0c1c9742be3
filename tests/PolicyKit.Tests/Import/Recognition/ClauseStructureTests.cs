using PolicyKit.Import.Reading;
using PolicyKit.Import.Recognition;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>Sections, clauses and sub-clauses from Word's list levels and from typed numbers, and the scheme they show.</summary>
public sealed class ClauseStructureTests
{
    private static readonly ImportContext Context = new("passwords", []);

    [Fact]
    public void Word_list_levels_make_clauses_and_sub_clauses_and_decimal_labels_the_decimal_scheme()
    {
        var document = ImportedDocuments.New()
            .Title("Passwords")
            .Heading(1, "Choosing passwords", new ListMarker(ListOrigin.WordNumbering, 0, "1", NumberStyle.Decimal, "1"))
            .Word(1, "1.1", "Use three random words.")
            .Word(2, "1.1.1", "Not your pet's name.")
            .Word(2, "1.1.2", "Not the school's name.")
            .Word(1, "1.2", "Never share a password.")
            .Bullet("not with friends")
            .Bullet("not with IT staff", level: 1)
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Equal(
            """
            # Choosing passwords
              clause Use three random words.
                clause Not your pet's name.
                clause Not the school's name.
              clause Never share a password.
                - not with friends
                  - not with IT staff
            """,
            RecognizedTree.Of(policy.Body));
        Assert.Equal(("Passwords", "decimal"), (policy.Title, policy.Numbering));
    }

    [Fact]
    public void Typed_multi_part_numbers_nest_by_their_parts_and_a_short_typed_number_is_a_subsection()
    {
        var document = ImportedDocuments.New()
            .Typed("7", "Transport", bold: true)
            .Typed("7.1", "Pupils travel on school transport only with consent.")
            .Typed("7.6", "Trips abroad")
            .Typed("7.6.1", "Staff carry a copy of each pupil's passport.")
            .Typed("7.6.2", "Parents are told the route.")
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Equal(
            """
            # Transport
              clause Pupils travel on school transport only with consent.
              ## Trips abroad
                clause Staff carry a copy of each pupil's passport.
                clause Parents are told the route.
            """,
            RecognizedTree.Of(policy.Body));
        Assert.Equal("decimal", policy.Numbering);
    }

    [Fact]
    public void A_typed_i_after_h_is_a_letter_but_after_another_letter_starts_roman_sub_clauses()
    {
        var document = ImportedDocuments.New()
            .Typed("1.", "Behaviour", bold: true)
            .Typed("a.", "Pupils are polite.")
            .Typed("i.", "They greet visitors.")
            .Typed("ii.", "They hold doors open.")
            .Typed("b.", "Pupils are punctual.")
            .Typed("c.", "C")
            .Typed("d.", "D")
            .Typed("e.", "E")
            .Typed("f.", "F")
            .Typed("g.", "G")
            .Typed("h.", "H")
            .Typed("i.", "Pupils wear uniform.")
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        var section = Assert.IsType<SectionNode>(Assert.Single(policy.Body));
        var clauses = section.Children.Cast<ClauseNode>().ToList();
        Assert.Equal(["Pupils are polite.", "Pupils are punctual.", "C", "D", "E", "F", "G", "H", "Pupils wear uniform."], clauses.Select(c => c.Markdown));
        Assert.Equal(["They greet visitors.", "They hold doors open."], clauses[0].Children.Cast<ClauseNode>().Select(c => c.Markdown));
        Assert.Equal("alpha", policy.Numbering);
    }

    [Fact]
    public void Headings_without_numbers_over_plain_paragraphs_are_the_unnumbered_scheme()
    {
        var document = ImportedDocuments.New()
            .Title("Lone working")
            .Heading(1, "Why this matters")
            .Text("Staff sometimes work alone.")
            .Heading(1, "What to do")
            .Text("Tell someone where you are.")
            .Bullet("and when you will be back")
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Equal("unnumbered", policy.Numbering);
        Assert.Equal(
            """
            # Why this matters
              para Staff sometimes work alone.
            # What to do
              para Tell someone where you are.
              - and when you will be back
            """,
            RecognizedTree.Of(policy.Body));
    }

    [Fact]
    public void Sections_numbered_under_one_number_give_the_policy_number()
    {
        var document = ImportedDocuments.New()
            .Heading(1, "Introduction", new ListMarker(ListOrigin.WordNumbering, 0, "7.1", NumberStyle.MultiLevelDecimal, "4"))
            .Word(1, "7.1.1", "This policy applies to all staff.", "4")
            .Heading(1, "Scope", new ListMarker(ListOrigin.WordNumbering, 0, "7.2", NumberStyle.MultiLevelDecimal, "4"))
            .Word(1, "7.2.1", "It covers trips.", "4")
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Contains(new KeyValuePair<string, object>("policy-number", 7), policy.FrontMatter);
        Assert.Equal("decimal", policy.Numbering);
    }

    [Fact]
    public void A_new_word_list_starting_at_one_inside_a_clause_is_a_list_of_steps()
    {
        var document = ImportedDocuments.New()
            .Heading(1, "Reporting")
            .Word(0, "a.", "To report a lost laptop:", "1", NumberStyle.LowerLetter)
            .Word(0, "1.", "Tell the office.", "9")
            .Word(0, "2.", "Change your password.", "9")
            .Word(0, "b.", "Keep a note.", "1", NumberStyle.LowerLetter)
            .Build();

        var policy = PolicyRecognizer.Recognize(document, Context);

        Assert.Equal(
            """
            # Reporting
              clause To report a lost laptop:
                1) Tell the office.
                1) Change your password.
              clause Keep a note.
            """,
            RecognizedTree.Of(policy.Body));
    }

    [Fact]
    public void Clause_ids_come_from_bookmarks_else_from_the_words_and_are_unique_and_stable()
    {
        ImportedDocument Document() => ImportedDocuments.New()
            .Heading(1, "Passwords")
            .Word(0, "1.1", "Staff must lock their screen.", bookmarks: "c_screen_lock")
            .Word(0, "1.2", "The school will keep passwords safe.")
            .Word(0, "1.3", "The school will keep passwords safe.")
            .Word(0, "1.4", "Screen lock applies to tablets.")
            .Build();

        var first = PolicyRecognizer.Recognize(Document(), Context);
        var again = PolicyRecognizer.Recognize(Document(), Context);

        var ids = Assert.IsType<SectionNode>(Assert.Single(first.Body)).Children.Cast<ClauseNode>().Select(c => c.Id).ToList();
        Assert.Equal(["screen-lock", "school-keep-passwords-safe", "school-keep-passwords-safe-2", "screen-lock-applies-tablets"], ids);
        Assert.Equal(ids, Assert.IsType<SectionNode>(Assert.Single(again.Body)).Children.Cast<ClauseNode>().Select(c => c.Id));
    }

    [Fact]
    public void Names_become_template_fields_and_markdown_characters_are_escaped()
    {
        var context = new ImportContext("passwords", [new("Millbrook School", "school.name"), new("Millbrook", "school.short_name"), new("Amira Okafor", "school.headteacher")]);
        var document = ImportedDocuments.New()
            .Heading(1, "Passwords")
            .Runs(new ImportedRun("At Millbrook School, ", RunStyle.None), new ImportedRun("Amira Okafor", RunStyle.Bold), new ImportedRun(" decides; see ", RunStyle.None), new ImportedRun("the guide", RunStyle.Italic, "https://example.org/guide"), new ImportedRun(" and {{ braces }} *stars*.", RunStyle.None))
            .Build();

        var policy = PolicyRecognizer.Recognize(document, context);

        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(Assert.IsType<SectionNode>(Assert.Single(policy.Body)).Children));
        Assert.Equal(@"At {{ school.name }}, **{{ school.headteacher }}** decides; see *[the guide](https://example.org/guide)* and \{\{ braces \}\} \*stars\*.", paragraph.Markdown);
    }

    [Fact]
    public void A_pdf_gets_one_warning_that_its_structure_was_guessed()
    {
        var policy = PolicyRecognizer.Recognize(ImportedDocuments.New().Heading(1, "Passwords").Typed("1.", "One.").Build(ReadConfidence.TextOnly), Context);

        Assert.Single(policy.Warnings, w => w.Code == "PK1326" && w.Ordinal is null);
    }
}
