using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Rendering.Pdf;

/// <summary>The contents list LibreOffice updated: every entry's page number is the page its heading is on.</summary>
[Collection(ExampleTrustPdfCollection.Name)]
public sealed partial class ContentsPageTests(ConvertedExampleTrust trust)
{
    [Fact]
    public void Contents_page_numbers_are_the_pages_the_headings_are_on()
    {
        foreach (var planned in trust.Compilation.Documents)
        {
            var name = planned.RelativePath(OutputFormats.Pdf);
            var lines = PdfText.PageLines(trust.PdfPath(planned))
                .SelectMany((page, index) => page.Select(text => (Page: index + 1, Text: text)))
                .ToList();
            var contents = lines.FindIndex(l => l.Text == "Contents");
            Assert.True(contents >= 0, $"{name}: no 'Contents' heading");

            // Entries ("1 Aims and scope ........ 2") run from the heading to the first heading of the body, across
            // pages when the list is long, with the running header and footer in between.
            var first = Entry().Match(lines[contents + 1].Text);
            Assert.True(first.Success, $"{name}: the line after 'Contents' is not an entry: '{lines[contents + 1].Text}'");
            var body = lines.FindIndex(contents + 2, l => Squeeze(l.Text) == Squeeze(first.Groups["text"].Value));
            Assert.True(body > contents, $"{name}: the first heading of the contents is not in the body");
            var entries = lines[(contents + 1)..body]
                .Select(l => Entry().Match(l.Text))
                .Where(m => m.Success)
                .Select(m => (Text: m.Groups["text"].Value, Page: int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture)))
                .ToList();

            foreach (var heading in planned.Document.Body.OfType<Heading>().Where(h => h.Level == 1))
            {
                var text = PdfText.Collapse(InlineText.Flatten(heading.Content));
                Assert.True(entries.Exists(e => e.Text.EndsWith(text, StringComparison.Ordinal)), $"{name}: level-1 heading '{text}' is not in the contents");
            }

            // Headings come in contents order; the first may share the last page of the contents.
            var position = body;
            foreach (var (text, page) in entries)
            {
                var found = lines.FindIndex(position, l => Squeeze(l.Text) == Squeeze(text));
                Assert.True(found >= 0, $"{name}: heading '{text}' not found after the contents");
                Assert.True(lines[found].Page == page, $"{name}: the contents puts '{text}' on page {page}, but it is on page {lines[found].Page}");
                position = found + 1;
            }
        }
    }

    /// <summary>The same text whether or not a gap between a number and its heading reads as a space.</summary>
    private static string Squeeze(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    // LibreOffice draws the dot leader as text; the page number ends the line.
    [GeneratedRegex(@"^(?<text>.*?)[\s.]*\.\.[\s.]*(?<page>\d+)$")]
    private static partial Regex Entry();
}
