using System.Diagnostics;
using PolicyKit.Import.Reading;
using PolicyKit.Tests.Import.Support;

namespace PolicyKit.Tests.Import.Reading;

/// <summary>Importing 50 documents must take at most 5 s in all, reading them included.</summary>
public sealed class ReadingSpeedTests : IDisposable
{
    private readonly ReadDocuments _documents = new();

    public void Dispose() => _documents.Dispose();

    [Fact]
    public void Reading_fifty_policy_length_documents_takes_within_the_import_budget()
    {
        var paths = Enumerable.Range(1, 50).Select(i => _documents.Save(LongPolicy(i), $"policy-{i}.docx")).ToList();
        DocumentReader.Read(paths[0]);

        var clock = Stopwatch.StartNew();
        var paragraphs = paths.Sum(path => DocumentReader.Read(path).Blocks.Count);
        clock.Stop();

        Assert.True(paragraphs > 50 * 150, $"only {paragraphs} blocks were read");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"reading 50 documents took {clock.Elapsed.TotalSeconds:0.00} s");
    }

    // About twelve pages: sections of Word-numbered and typed clauses, bullets, and a table.
    private static WordDocumentBuilder LongPolicy(int seed)
    {
        var builder = new WordDocumentBuilder().Title($"Policy {seed}").Contents(["Purpose", "Roles"]).Header("Millbrook Primary School").Footer("1 High Street").FooterPageNumbers();
        for (var section = 1; section <= 12; section++)
        {
            builder.Heading(1, $"Section {section}");
            for (var clause = 1; clause <= 6; clause++)
            {
                builder.Numbered(0, $"Staff must follow rule {clause} of section {section}, which says what to do and when.")
                    .Numbered(1, "The business manager checks this each term and reports to governors.")
                    .Paragraph("Pupils ", WordSpan.Strong("must not"), " share passwords; see ", WordSpan.Linked("the guidance", "https://www.gov.uk/"), ".");
            }

            builder.Typed($"{section}.7.1", "A typed clause.").Bullet("Phones").Bullet("Tablets");
        }

        return builder.Table([["Version", "Date", "Changes"], ["1.0", "June 2024", "First version"], ["1.1", "May 2025", "Phones"]], headerRows: 1);
    }
}
