using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// What comes before the policy's text: the cover (logo, school name, motto, title, "Version 2.0"), the details
/// table and the contents. What it recognises is consumed; anything else is kept with a warning.
/// </summary>
internal static class FrontParts
{
    public sealed record Result(string Title, int BodyStart);

    public static Result Read(DocumentReading reading)
    {
        var blocks = reading.Document.Blocks;
        var bodyStart = BodyStart(blocks);
        string? title = null;
        var coverSeen = false;
        var names = reading.Context.Names.Select(n => LooseLabel.Of(n.Text)).ToHashSet(StringComparer.Ordinal);

        // A document with no Title style whose first heading names the policy ("Acceptable Use Policy") uses it as the title.
        if (!blocks.Take(bodyStart).OfType<ImportedParagraph>().Any(p => p.Kind == ParagraphKind.Title)
            && bodyStart < blocks.Count && blocks[bodyStart] is ImportedParagraph { Kind: ParagraphKind.Heading } first
            && first.List is null && LooseLabel.Of(first.Text).Split(' ').Contains("policy")
            && blocks.Skip(bodyStart + 1).OfType<ImportedParagraph>().Any(p => p.Kind == ParagraphKind.Heading))
        {
            title = first.Text.Trim();
            bodyStart++;
        }

        for (var i = 0; i < bodyStart; i++)
        {
            switch (blocks[i])
            {
                case ImportedTable table when reading.TryDetailsTable(table):
                    break;
                case ImportedTable table:
                    reading.Keep(TableText.Flatten(table, reading.Inline).Markdown, Kept(table.Ordinal, "a table before the policy's first heading"));
                    break;
                case ImportedParagraph p when p.Text.Trim().Length == 0 || p.Kind == ParagraphKind.ContentsEntry || IsContentsHeading(p):
                    break;
                case ImportedParagraph p when p.Kind == ParagraphKind.Title && title is null:
                    title = p.Text.Trim();
                    coverSeen = true;
                    break;
                case ImportedParagraph p when names.Contains(LooseLabel.Of(p.Text)) || p.Kind == ParagraphKind.Title && LooseLabel.Of(p.Text) == LooseLabel.Of(title ?? string.Empty):
                    coverSeen = true;
                    break;
                case ImportedParagraph p when p.List is null && VersionLine(p.Text) is { } version:
                    reading.Metadata.Version ??= version;
                    coverSeen = true;
                    break;
                case ImportedParagraph p when !coverSeen && title is null && p.List is null && HeadingLike(p.Text) && i + 1 < bodyStart:
                    // The cover's first short line, when nothing is styled as the title.
                    title = p.Text.Trim();
                    coverSeen = true;
                    break;
                case ImportedParagraph p when !coverSeen:
                    reading.Body.Paragraph(reading.Inline.Write(p.Runs), null, continuesList: false);
                    break;
                case ImportedParagraph p:
                    reading.Keep(reading.Inline.Write(p.Runs), Kept(p.Ordinal, "text on the cover or before the contents"));
                    break;
            }
        }

        title ??= blocks.OfType<ImportedParagraph>().FirstOrDefault(p => p.Kind == ParagraphKind.Heading)?.Text.Trim();
        if (string.IsNullOrWhiteSpace(title))
        {
            title = FileTitle(reading.Document.Path);
        }

        return new Result(title, bodyStart);
    }

    /// <summary>"Contents", "Table of contents": the heading above a contents list.</summary>
    public static bool IsContentsHeading(ImportedParagraph paragraph) =>
        paragraph.List is null && LooseLabel.Of(paragraph.Text) is "contents" or "table of contents" or "content";

    /// <summary>A short line that could be a heading: a few words and no closing full stop.</summary>
    public static bool HeadingLike(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 90 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !trimmed.EndsWith('.') && !trimmed.EndsWith(';') && !trimmed.EndsWith(',');
    }

    private static VersionText? VersionLine(string text) =>
        text.TrimStart().StartsWith('v') || text.TrimStart().StartsWith('V') ? VersionText.Parse(text) : null;

    // The body starts at the first heading or numbered paragraph that is not part of the contents.
    private static int BodyStart(IReadOnlyList<ImportedBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ImportedParagraph p && p.Kind != ParagraphKind.ContentsEntry && !IsContentsHeading(p)
                && (p.Kind == ParagraphKind.Heading || p.List is { Origin: not ListOrigin.Bullet }))
            {
                return i;
            }
        }

        return blocks.Count;
    }

    private static string FileTitle(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? "Imported policy" : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static ImportWarning Kept(int ordinal, string what) =>
        new(DiagnosticCodes.ImportContentKept, $"{what} is not part of a policy's source; it is kept where it stood. Move it into the policy's text, or delete it if it is not needed.", ordinal);
}
