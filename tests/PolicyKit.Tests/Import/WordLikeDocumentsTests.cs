using System.Diagnostics;
using PolicyKit.Generator.Building;
using PolicyKit.Import;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Tests.Import.Support;
using PolicyKit.Tests.Support;
using Xunit.Abstractions;
using static PolicyKit.Tests.Import.Support.WordSpan;

namespace PolicyKit.Tests.Import;

/// <summary>
/// The import's acceptance bar: a school's own policy, written the ways schools write them in Word (Word numbering,
/// numbers typed by hand, letters, no numbers at all) or passed through LibreOffice, imported as Millbrook's policy
/// and built again keeps at least 99% of its words in order and the same headings, clauses and sub-clauses.
/// </summary>
public sealed class WordLikeDocumentsTests : IDisposable
{
    private const string School = "millbrook";
    private static readonly DateOnly Today = new(2025, 11, 23);
    private readonly string _root = Directory.CreateTempSubdirectory("policykit-wordlike-").FullName;

    private readonly ITestOutputHelper _output;

    public WordLikeDocumentsTests(ITestOutputHelper output)
    {
        _output = output;
        // trust.yaml names the reference document as ../templates/reference.docx, so the copy keeps the two side by side.
        CliRun.CopyFolder(RepositoryPaths.Policies, Policies);
        CliRun.CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(_root, "templates"));
    }

    private string Policies => Path.Combine(_root, "policies");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Cases() =>
    [
        "word decimal numbering",
        "word alpha numbering",
        "typed decimal numbers with a policy number",
        "typed letters and roman numerals",
        "unnumbered headings, bullets and paragraphs",
        "word decimal numbering saved as odt by LibreOffice",
        "word decimal numbering re-saved as docx by LibreOffice",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_schools_policy_imported_and_built_keeps_its_words_in_order_and_its_clause_tree(string name)
    {
        var written = Case(name);
        var document = Document(name, written.Builder);

        var outcome = PolicyImport.File(new ImportRequest(Policies, document, "online-safety-imported", Today) { SchoolId = School });

        Assert.False(outcome.Failed, string.Join('\n', outcome.Diagnostics));
        Assert.Equal(ImportConfidence.Structured, outcome.Confidence);
        var source = File.ReadAllText(outcome.WrittenPath!);
        Assert.Equal(written.Numbering, outcome.Numbering);
        Assert.Contains($"numbering: {written.Numbering}\n", source, StringComparison.Ordinal);
        Assert.Contains($"next-review: {written.Details.NextReview}\n", source, StringComparison.Ordinal);
        Assert.Contains($"owner-role: {written.Details.OwnerRole}\n", source, StringComparison.Ordinal);
        Assert.Equal(["1.0", "2.0", "2.1"], VersionsIn(source));
        Assert.Equal(written.PolicyNumber is { } number ? $"policy-number: {number}" : null, source.Split('\n').FirstOrDefault(l => l.StartsWith("policy-number:", StringComparison.Ordinal)));
        Assert.Contains("{{ school.name }}", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Millbrook School", source, StringComparison.Ordinal);

        var built = await Build("online-safety-imported");
        var recall = WordRecall.OrderedWordRecall(string.Join('\n', written.Builder.PolicyText), string.Join('\n', DocxText.Paragraphs(built)));
        _output.WriteLine($"{name}: ordered word recall {recall:0.0000}");
        Assert.True(recall >= 0.99, $"{name}: ordered word recall {recall:0.0000}\n{source}");
        var expected = ClauseTree.FromOutline(written.Builder.Outline, numbered: written.Numbering != "unnumbered");
        // The review history and signature block a PolicyKit document ends with are its own, not the school's headings.
        var actual = ClauseTree.FromDocx(built).WithoutIds().WithoutHeadings("policy review dates and changes", "signed");
        Assert.True(ClauseTree.FirstDifference(expected, actual) is null, $"{name}: {ClauseTree.FirstDifference(expected, actual)}\nexpected:\n{expected.Outline()}\nbuilt:\n{actual.Outline()}\n{source}");
    }

    private string Document(string name, WordDocumentBuilder builder)
    {
        var docx = Save(builder, "Online Safety Policy 2025.docx");
        return name switch
        {
            _ when name.EndsWith("saved as odt by LibreOffice", StringComparison.Ordinal) => Convert(docx, "odt"),
            _ when name.EndsWith("re-saved as docx by LibreOffice", StringComparison.Ordinal) => Convert(Convert(docx, "odt"), "docx"),
            _ => docx,
        };
    }

    private string Save(WordDocumentBuilder builder, string fileName)
    {
        var folder = Path.Combine(_root, "documents");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        builder.Save(path);
        return path;
    }

    private async Task<string> Build(string id)
    {
        var output = Path.Combine(_root, "built");
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(Policies, Today) { OutputRoot = output, Formats = OutputFormats.Docx, Schools = [School], Policies = [id] };
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.True(result is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics));
        return Path.Combine(output, School, id + ".docx");
    }

    private static List<string> VersionsIn(string source) =>
        source.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- version:", StringComparison.Ordinal))
            .Select(l => l["- version:".Length..].Trim().Trim('"')).ToList();

    // LibreOffice converts in its own profile folder, so conversions running side by side in other tests do not share one.
    private string Convert(string path, string format)
    {
        var soffice = LibreOffice.FindSoffice();
        Assert.True(soffice is not null, "LibreOffice is not installed; ./run-tests installs it.");
        var output = Path.Combine(_root, "converted-" + format + "-" + Path.GetExtension(path).TrimStart('.'));
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(_root, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", format, "--outdir", output, path,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish converting within 2 minutes.");
        var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(path) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice did not write {converted}");
        return converted;
    }

    private static WrittenPolicy Case(string name) => name switch
    {
        "word decimal numbering" or "word decimal numbering saved as odt by LibreOffice" or "word decimal numbering re-saved as docx by LibreOffice" =>
            new(Write(Layout.WordDecimal, DetailsA), "decimal", DetailsA, null),
        "word alpha numbering" => new(Write(Layout.WordAlpha, DetailsB), "alpha", DetailsB, null),
        "typed decimal numbers with a policy number" => new(Write(Layout.TypedDecimal, DetailsB), "decimal", DetailsB, 7),
        "typed letters and roman numerals" => new(Write(Layout.TypedAlpha, DetailsA), "alpha", DetailsA, null),
        "unnumbered headings, bullets and paragraphs" => new(Write(Layout.Unnumbered, DetailsB), "unnumbered", DetailsB, null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
    };

    private enum Layout
    {
        WordDecimal,
        WordAlpha,
        TypedDecimal,
        TypedAlpha,
        Unnumbered,
    }

    private sealed record WrittenPolicy(WordDocumentBuilder Builder, string Numbering, Details Details, int? PolicyNumber);

    /// <summary>A school's metadata table in its own words, and what the import should make of it.</summary>
    private sealed record Details(IReadOnlyList<IReadOnlyList<string>> Rows, string NextReview, string OwnerRole, IReadOnlyList<string> PrintedAgain);

    private static readonly Details DetailsA = new(
        [
            ["Policy status", "Statutory"],
            ["Policy owner", "Designated Safeguarding Lead"],
            ["Approved by", "Local Governing Body"],
            ["Next review date", "1 September 2026"],
            ["Version", "2.1"],
        ],
        "2026-09-01",
        "designated-safeguarding-lead",
        ["Local Governing Body"]);

    private static readonly Details DetailsB = new(
        [
            ["Type of policy", "Statutory"],
            ["Responsible person", "School Business Manager"],
            ["Approval", "Full Governing Body"],
            ["Review due", "01/09/2026"],
            ["Version number", "2.1"],
        ],
        "2026-09-01",
        "business-manager",
        []);

    private static readonly IReadOnlyList<IReadOnlyList<string>> History =
    [
        ["Version", "Date", "Author", "Summary of changes", "Approved by governors"],
        ["1.0", "12/03/2021", "HM", "First version of the policy.", "24/03/2021"],
        ["2.0", "06/09/2023", "NR", "Rewritten to follow the new filtering and monitoring standards.", "19/09/2023"],
        ["2.1", "02/09/2024", "NR", "Contacts updated; no change to the rules.", "17/09/2024"],
    ];

    private static readonly Section[] Sections =
    [
        new("Purpose and scope",
        [
            new Clause([Plain("This policy explains how Millbrook School keeps pupils, staff and visitors safe when they use the internet, school devices and their own phones.")]),
            new Clause([Plain("It applies to everyone who uses the school's systems, on the school site and away from it:")],
                "pupils, including those on work experience placements;",
                "staff, governors and volunteers; and",
                "visitors and contractors who are given a guest login."),
            new Prose(Plain("Helen Marsden, our headteacher, makes sure that every member of staff reads this policy when they join the school.")),
        ]),
        new("Roles and responsibilities",
        [
            new Clause([Plain("The "), Strong("designated safeguarding lead"), Plain(" has overall responsibility for online safety and keeps a record of every concern raised.")]),
            new Clause([Plain("The school business manager makes sure that filtering and monitoring are in place and checked each term.")],
                "The checks are recorded in the online safety log.",
                "Any gap is reported to the headteacher the same day."),
            new Clause([Plain("Governors receive a report on online safety at least once a year.")]),
        ]),
        new("Filtering and monitoring",
        [
            new Clause([Plain("The school follows the Department for Education's "), Linked("filtering and monitoring standards", "https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges/filtering-and-monitoring"), Plain(" for schools and colleges.")]),
            new Clause([Plain("Filtering blocks harmful and inappropriate content, "), Emphasis("without unreasonably limiting"), Plain(" what pupils can learn.")]),
            new Bullets("Alerts are read every school day.", "Serious alerts are passed straight to the safeguarding team.", "Weekly summaries are kept for one year."),
        ]),
        new("Devices and passwords",
        [
            new Clause([Plain("Each device is used only by the people the table below names, and only where it says.")]),
            new Grid(
            [
                ["Device", "Who may use it", "Where"],
                ["Classroom laptop", "Pupils with a member of staff", "Classrooms and the library"],
                ["Staff laptop", "The member of staff it is issued to", "In school and at home"],
                ["Visitor tablet", "Visitors signed in at reception", "The main hall"],
            ]),
            new Clause([Plain("Passwords are at least eight characters long and are never shared, not even with the IT team.")]),
        ]),
        new("Acceptable use",
        [
            new Clause([Plain("Everyone who uses the school's systems agrees to use them kindly and safely.")]),
            new Clause([Plain("Pupils sign the pupils' agreement each September, and their parents or carers are sent a copy.")],
                "Younger pupils talk through the agreement with their class teacher.",
                "Pupils in the sixth form sign the same agreement as staff."),
            new Clause([Plain("Staff do not contact pupils through personal accounts or personal phones.")]),
            new Clause([Plain("Staff use school email for all work messages to parents and carers.")]),
            new Clause([Plain("Nobody records or photographs others without their permission.")]),
            new Clause([Plain("Nobody tries to get round the school's filtering, for example with a private browser.")]),
            new Clause([Plain("School devices are locked whenever they are left unattended.")]),
            new Clause([Plain("Lost or stolen devices are reported to the school office at once.")]),
            new Clause([Plain("Anyone who breaks this agreement may lose access to the school's systems.")]),
        ]),
        new("Reporting concerns",
        [
            new Clause([Plain("Anyone worried about something they have seen online tells a member of staff straight away.")]),
            new Clause([Plain("Staff record every concern on the safeguarding system the same day and tell the designated safeguarding lead.")]),
            new Prose(Plain("Parents and carers can raise a concern with Helen Marsden through the school office.")),
        ]),
    ];

    private static WordDocumentBuilder Write(Layout layout, Details details)
    {
        var builder = new WordDocumentBuilder()
            .Header("Millbrook School – Online Safety Policy")
            .Footer("Millbrook School, Weaver Lane, Eastbridge, Lancashire, EB4 7QT")
            .FooterPageNumbers()
            .Title("Online Safety Policy")
            .Table(details.Rows, printedAgain: details.PrintedAgain)
            .Contents(Sections.Select((s, i) => layout == Layout.Unnumbered ? s.Heading : $"{i + 1}. {s.Heading}").ToList());
        for (var s = 0; s < Sections.Length; s++)
        {
            var section = Sections[s];
            switch (layout)
            {
                case Layout.WordDecimal:
                    builder.Numbered(0, section.Heading, "decimal", "Heading1");
                    break;
                case Layout.WordAlpha:
                    builder.Numbered(0, section.Heading, "decimal", "Heading1").NewListInstance("alpha");
                    break;
                case Layout.TypedDecimal:
                    builder.TypedHeading(1, $"7.{s + 1}", section.Heading, bold: true);
                    break;
                case Layout.TypedAlpha:
                    builder.TypedHeading(1, $"{s + 1}.", section.Heading);
                    break;
                default:
                    builder.Heading(1, section.Heading);
                    break;
            }

            var clause = 0;
            foreach (var part in section.Parts)
            {
                switch (part)
                {
                    case Clause c:
                        clause++;
                        WriteClause(builder, layout, s + 1, clause, c);
                        break;
                    case Bullets b:
                        foreach (var item in b.Items)
                        {
                            builder.Bullet(item);
                        }

                        break;
                    case Prose p:
                        builder.Paragraph(p.Text);
                        break;
                    case Grid g:
                        builder.Table(g.Rows, headerRows: 1);
                        break;
                }
            }
        }

        return builder
            .Styled("Heading1", "Review history")
            .Table(History, headerRows: 1, printedAgain: History.Skip(1).SelectMany(r => new[] { r[0], r[2], r[3] }).ToList());
    }

    private static void WriteClause(WordDocumentBuilder builder, Layout layout, int section, int number, Clause clause)
    {
        switch (layout)
        {
            case Layout.WordDecimal:
                builder.Numbered(1, "decimal", clause.Text);
                foreach (var sub in clause.SubClauses)
                {
                    builder.Numbered(2, sub, "decimal");
                }

                break;
            case Layout.WordAlpha:
                builder.Numbered(0, "alpha", clause.Text);
                foreach (var sub in clause.SubClauses)
                {
                    builder.Numbered(1, sub, "alpha");
                }

                break;
            case Layout.TypedDecimal:
                builder.TypedClause(0, $"7.{section}.{number}", clause.Text);
                for (var i = 0; i < clause.SubClauses.Length; i++)
                {
                    builder.TypedClause(1, $"7.{section}.{number}.{i + 1}", clause.SubClauses[i]);
                }

                break;
            case Layout.TypedAlpha:
                builder.TypedClause(0, $"{(char)('a' + number - 1)}.", clause.Text);
                for (var i = 0; i < clause.SubClauses.Length; i++)
                {
                    builder.TypedClause(1, $"({Roman(i + 1)})", clause.SubClauses[i]);
                }

                break;
            default:
                // A school without numbers writes its rules as paragraphs, and the points under one as bullets.
                builder.Paragraph(clause.Text);
                foreach (var sub in clause.SubClauses)
                {
                    builder.Bullet(sub);
                }

                break;
        }
    }

    private static string Roman(int n) => n switch { 1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", _ => throw new ArgumentOutOfRangeException(nameof(n)) };

    private sealed record Section(string Heading, IReadOnlyList<Part> Parts);

    private abstract record Part;

    private sealed record Clause(WordSpan[] Text, params string[] SubClauses) : Part;

    private sealed record Bullets(params string[] Items) : Part;

    private sealed record Prose(params WordSpan[] Text) : Part;

    private sealed record Grid(IReadOnlyList<IReadOnlyList<string>> Rows) : Part;
}
