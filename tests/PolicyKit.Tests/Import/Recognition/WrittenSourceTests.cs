using PolicyKit.Import.Reading;
using PolicyKit.Import.Recognition;
using PolicyKit.Import.Writing;
using PolicyKit.Tests.Support;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.Import.Recognition;

/// <summary>What the importer writes: a policy file that PolicyKit's own loader reads without a problem.</summary>
public sealed class WrittenSourceTests : IDisposable
{
    private static readonly ImportContext Context = new("phones", [new("Alder School", "school.name"), new("Hana Head", "school.headteacher")]);

    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    /// <summary>A school's own policy as Word would hold it: a cover, details, contents, numbered text, history and signatures.</summary>
    private static ImportedDocument SchoolPolicy() => ImportedDocuments.New()
        .Text("Alder School")
        .Title("Mobile phones: policy")
        .Text("Version 1:1")
        .Table(
            ["Policy status", "Non-statutory"],
            ["Owner", "Director of Operations (Olu Ops)"],
            ["Approved by", "Local governing body"],
            ["Review cycle", "Annually"],
            ["Next review date", "July 2027"],
            ["Version", "Version 1:1"])
        .Heading(1, "Contents")
        .Contents("1 Why we have this policy")
        .Contents("2 Rules")
        .Heading(1, "Why we have this policy", new ListMarker(ListOrigin.WordNumbering, 0, "1", NumberStyle.Decimal, "1"))
        .Text("Phones help and distract in equal measure at Alder School.")
        .Word(1, "1.1", "This policy says when phones may be used: {{ not a field }}.", bookmarks: "c_when_phones")
        .Word(1, "1.2", "Hana Head decides on exceptions.")
        .Heading(1, "Rules", new ListMarker(ListOrigin.WordNumbering, 0, "2", NumberStyle.Decimal, "1"))
        .Word(1, "2.1", "Pupils hand phones in at the office:")
        .Bullet("at 8.40 am")
        .Bullet("named, in a bag")
        .Word(2, "2.1.1", "Staff keep phones out of sight.")
        .Heading(2, "Trips")
        .Table(["Who", "May use a phone"], ["Staff", "Yes\nfor emergencies"], ["Pupils", "No"])
        .Heading(3, "Overnight trips")
        .Text("# Not a heading, yes: a colon")
        .Heading(1, "Policy review dates and changes")
        .Table(
            ["Version", "Review date", "By whom", "Summary of changes made", "Date ratified by governors/trustees", "Date implemented"],
            ["Version 1:0", "05/2024", "HH", "First version.", "11/06/2024", "09/2024"],
            ["Version 1:1", "06/2025", "HH", "Trips added.", "08/07/2025", "09/2025"])
        .Heading(1, "Signed")
        .Text("Ratified by the Local governing body on 8 July 2025.")
        .Table(["Headteacher\nHana Head\nSigned: ______________________________\nDate: 08/07/2025", "Chair of governors\nCai Chair\nSigned: ______________________________\nDate: 08/07/2025"])
        .Build();

    [Fact]
    public void The_written_policy_loads_and_builds_with_policykits_own_loader_without_a_problem()
    {
        var written = PolicySourceWriter.Write(PolicyRecognizer.Recognize(SchoolPolicy(), Context));
        _trust.Write("phones.md", written.Text.TrimEnd('\n'));

        var (compilation, diagnostics) = _trust.Compile();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, compilation!.Documents.Count);
    }

    [Fact]
    public void The_written_policy_matches_its_snapshot() =>
        PolicySourceWriter.Write(PolicyRecognizer.Recognize(SchoolPolicy(), Context)).Text.MatchSnapshot();

    [Fact]
    public void Each_warning_is_placed_at_the_line_its_content_is_written_on()
    {
        var written = PolicySourceWriter.Write(PolicyRecognizer.Recognize(SchoolPolicy(), Context));
        var lines = written.Text.Split('\n');

        var heading = Assert.Single(written.Warnings, w => w.Warning.Code == "PK1324");
        Assert.Equal("## Overnight trips {#overnight-trips}", lines[heading.Line - 1]);
        var table = Assert.Single(written.Warnings, w => w.Warning.Code == "PK1325");
        Assert.Equal("| Who | May use a phone |", lines[table.Line - 1]);
        Assert.Equal(2, written.Warnings.Count);
    }

    [Fact]
    public void Content_that_cannot_be_placed_is_kept_with_a_warning_at_its_line()
    {
        var document = ImportedDocuments.New()
            .Title("Phones")
            .Text("Draft for consultation")
            .Heading(1, "Rules")
            .Word(0, "1.", "No phones in class.")
            .Text("Signed: ______________ (Headteacher)")
            .Build();

        var written = PolicySourceWriter.Write(PolicyRecognizer.Recognize(document, Context));
        var lines = written.Text.Split('\n');

        Assert.Equal(
            [("PK1320", "Draft for consultation"), ("PK1320", @"Signed: \_\_\_\_\_\_\_\_\_\_\_\_\_\_ (Headteacher)")],
            written.Warnings.Select(w => (w.Warning.Code, lines[w.Line - 1])));
    }

    [Fact]
    public void Front_matter_values_that_yaml_would_misread_are_quoted()
    {
        var policy = new ImportedPolicy("x", "Yes", null, ReadConfidence.Structured, [new("id", "x"), new("title", "Yes"), new("written-by", "Team: central"), new("next-review", "2027-07-01"), new("policy-number", 7)], [], []);

        Assert.Equal("---\nid: x\ntitle: \"Yes\"\nwritten-by: \"Team: central\"\nnext-review: 2027-07-01\npolicy-number: 7\n---\n", PolicySourceWriter.Write(policy).Text);
    }
}
