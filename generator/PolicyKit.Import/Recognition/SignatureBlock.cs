using System.Text.RegularExpressions;
using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// The signatures at the end. PolicyKit prints its own from the layout (heading "Signed", the ratification
/// sentence, then label, name, "Signed: ____" and "Date: …" for each signatory), so that block is dropped; any
/// other signature lines are kept with a warning, since they may say something the layout does not.
/// </summary>
internal static partial class SignatureBlock
{
    public static bool IsHeading(ImportedParagraph p) => LooseLabel.Of(p.Text) is "signed" or "signatures" or "signature" or "signed by";

    /// <summary>"Signed: ______", "Date: ____", "Signed ……… (Headteacher)".</summary>
    public static bool IsSignatureLine(string text) => SignatureLine().IsMatch(text.Trim());

    /// <summary>Reads the block that starts at the heading <paramref name="index"/>; returns the index of its last block.</summary>
    public static int Read(DocumentReading reading, int index)
    {
        var blocks = reading.Document.Blocks;
        var end = index;
        var ownBlock = true;
        for (var i = index + 1; i < blocks.Count; i++)
        {
            if (blocks[i] is ImportedParagraph { Kind: ParagraphKind.Heading })
            {
                break;
            }

            ownBlock &= blocks[i] switch
            {
                ImportedParagraph p => p.Text.Trim().Length == 0 || RatificationSentence().IsMatch(p.Text.Trim()),
                ImportedTable t => t.Rows.SelectMany(r => r).All(c => c.Text.Length == 0 || c.Paragraphs.Any(p => p.Text.Trim().StartsWith("Signed: __", StringComparison.Ordinal))),
                _ => false,
            };
            end = i;
        }

        if (!ownBlock)
        {
            for (var i = index; i <= end; i++)
            {
                var markdown = blocks[i] switch
                {
                    ImportedParagraph p => reading.Inline.Write(p.Runs),
                    ImportedTable t => TableText.Flatten(t, reading.Inline).Markdown,
                    _ => string.Empty,
                };
                if (markdown.Length > 0)
                {
                    reading.Keep(markdown, Kept(blocks[i].Ordinal));
                }
            }
        }

        return end;
    }

    public static ImportWarning Kept(int ordinal) =>
        new(DiagnosticCodes.ImportContentKept, "this looks like a signature block; PolicyKit prints the signatures from the layout (see 'signatories' in docs/source-format.md), so delete it unless it says something the layout does not.", ordinal);

    [GeneratedRegex(@"^(signed|signature|date|name|print name)\b.*(_{3,}|\.{5,}|…{2,})|^_{5,}$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^Ratified by the .+ on .+\.$")]
    private static partial Regex RatificationSentence();
}
