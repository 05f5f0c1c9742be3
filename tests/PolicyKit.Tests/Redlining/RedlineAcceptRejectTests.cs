using CsCheck;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Tests.Support;
using static PolicyKit.Tests.Rendering.Html.HtmlTestDocuments;

namespace PolicyKit.Tests.Redlining;

/// <summary>
/// A redline is right when Word's "accept all" gives exactly the new version's text and "reject all" exactly the old
/// one's, and Word opens it, and its web page read without its deletions is the new page and without its insertions
/// the old one: checked over the example trust's policies and over random edits.
/// </summary>
public sealed class RedlineAcceptRejectTests
{
    // A fixed seed: the same cases every run, so a failure can be replayed.
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Lazy<IReadOnlyList<PolicyDocument>> ExampleDocuments = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var compilation = Compiler.Compile(new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 1, 1)), diagnostics, CancellationToken.None)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics));
        return [.. compilation.Documents.Select(d => d.Document)];
    });

    public static TheoryData<int> ExampleIndexes() => [.. Enumerable.Range(0, ExampleDocuments.Value.Count)];

    [Theory]
    [MemberData(nameof(ExampleIndexes))]
    public void Every_example_policy_redlined_against_an_edited_version_accepts_to_the_new_text_and_rejects_to_the_old(int index)
    {
        var old = ExampleDocuments.Value[index];
        Edit[] edits =
        [
            new(EditKind.Reword, 0, 1, 4),
            new(EditKind.Delete, 1, 0, 0),
            new(EditKind.Move, 0, 2, 5),
            new(EditKind.Insert, 2, 1, 3),
            new(EditKind.Reword, 3, 0, 2),
        ];
        AssertRoundTrips(old, ModelEdits.Apply(old, edits));
    }

    [Theory]
    [MemberData(nameof(ExampleIndexes))]
    public void An_example_policy_redlined_against_itself_has_no_changes(int index)
    {
        var document = ExampleDocuments.Value[index];
        var redline = RedlineDocuments.Compare(document, document);

        Assert.Empty(redline.Changes);
        Assert.DoesNotContain(redline.Document.Body.Descendants(), n => n.Revision is not null);
        Assert.DoesNotContain(redline.Document.Body.Inlines(), i => i is TrackedChange);
    }

    [Fact]
    public void Random_inserts_deletes_moves_and_rewordings_accept_to_the_new_text_and_reject_to_the_old()
    {
        var bases = Synthetic().Concat(ExampleDocuments.Value.Where((_, i) => i % 5 == 0)).ToList();
        var edit = Gen.Select(Gen.Enum<EditKind>(), Gen.Int[0, 50], Gen.Int[0, 50], Gen.Int[0, 1000], (kind, list, item, extra) => new Edit(kind, list, item, extra));
        var cases = Gen.Select(Gen.Int[0, bases.Count - 1], edit.Array[1, 6]);

        cases.Sample((baseIndex, edits) => AssertRoundTrips(bases[baseIndex], ModelEdits.Apply(bases[baseIndex], edits)), seed: Seed, iter: 150, threads: 1);
    }

    private static void AssertRoundTrips(PolicyDocument old, PolicyDocument @new)
    {
        var redline = RedlineDocuments.Compare(old, @new);
        var docx = RedlineDocuments.Docx(redline.Document);

        var errors = RedlineDocuments.ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10)));
        Assert.Equal(TrackedChanges.Text(RedlineDocuments.Docx(@new)), TrackedChanges.TextAfter(docx, accept: true));

        // The redline's title, metadata and history are the new version's; only the body was old.
        var oldBody = new PolicyDocument { Info = @new.Info, Body = old.Body };
        Assert.Equal(TrackedChanges.Text(RedlineDocuments.Docx(oldBody)), TrackedChanges.TextAfter(docx, accept: false));

        // The web page: without its del elements it reads as the new version's page, without its ins as the old one's, numbers included.
        Assert.Equal(RedlineHtml.BodyText(@new), RedlineHtml.BodyTextAfter(redline.Document, accept: true));
        Assert.Equal(RedlineHtml.BodyText(oldBody), RedlineHtml.BodyTextAfter(redline.Document, accept: false));
    }

    private static IEnumerable<PolicyDocument> Synthetic()
    {
        IReadOnlyList<Block> body =
        [
            Heading(1, "Scope", "scope"),
            Paragraph("This policy applies to everyone who works at the school."),
            Clauses(
                Item("Staff use only school devices for pupil data.", "devices"),
                Item("Passwords have at least twelve characters.", "passwords", Clauses(Item("Never reuse a password.", "reuse"), Item("Use a password manager.", "manager"))),
                Item("Report a lost device at once.", "lost-device")),
            Heading(1, "Roles", "roles"),
            Clauses(
                new ListItem { Blocks = [Paragraph(new TextRun("The "), new Strong([new TextRun("data protection officer")]), new TextRun(" advises; see "), new Link("#passwords", [new TextRun("the password rule")]), new TextRun("."))], Attributes = NodeAttributes.WithId("dpo") },
                Item("Governors review the policy every year.", "review", Bullets(Item("At the autumn meeting."), Item("With the clerk."))),
                Item("Visitors sign in at reception.", "visitors")),
            new Quote { Blocks = [Paragraph("Keeping Children Safe in Education applies.")] },
        ];
        return Enum.GetValues<NumberingScheme>().Select(scheme => With(body, Info(scheme)));
    }
}
