namespace PolicyKit.Import.Reading.Pdf;

/// <summary>Groups a PDF's lines into paragraphs and finds their typed numbers, bullets and headings.</summary>
internal static class PdfParagraphs
{
    public static List<ImportedBlock> Group(List<PdfLine> lines)
    {
        var blocks = new List<ImportedBlock>();
        if (lines.Count == 0)
        {
            return blocks;
        }

        var bodySize = Median(lines.Select(l => l.Size));
        var gaps = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page && p.First.Bottom > p.Second.Bottom)
            .Select(p => p.First.Bottom - p.Second.Bottom).ToList();
        var lineGap = gaps.Count > 0 ? Median(gaps) : bodySize * 1.2;
        // A full line reaches the right margin, taken to be as wide as the left one.
        var fullWidth = lines.Max(l => l.PageWidth) - lines.Min(l => l.Left);

        var paragraph = new List<PdfLine> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, line) = (lines[i - 1], lines[i]);
            if (StartsParagraph(previous, line, lineGap, fullWidth, bodySize))
            {
                blocks.Add(Paragraph(paragraph, blocks.Count + 1, bodySize));
                paragraph = [];
            }

            paragraph.Add(line);
        }

        blocks.Add(Paragraph(paragraph, blocks.Count + 1, bodySize));
        return blocks;
    }

    private static bool StartsParagraph(PdfLine previous, PdfLine line, double lineGap, double fullWidth, double bodySize)
    {
        if (HeadingLevel(previous.Size, bodySize) != HeadingLevel(line.Size, bodySize))
        {
            return true;
        }

        if (line.Page != previous.Page)
        {
            // A paragraph runs on over a page only when the last line was full and the next does not start a number.
            return previous.Right < fullWidth * 0.9 || TypedNumbers.Find(line.Text) is not null;
        }

        return previous.Bottom - line.Bottom > lineGap * 1.4
            || TypedNumbers.Find(line.Text) is not null
            || previous.Right < fullWidth * 0.75
            || line.Left < previous.Left - (bodySize * 0.5);
    }

    private static ImportedParagraph Paragraph(List<PdfLine> lines, int ordinal, double bodySize)
    {
        var runs = new RunBuilder();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            foreach (var (word, position) in line.Words.Select((w, i) => (w, i)))
            {
                var style = PdfLine.StyleOf(word);
                if (index > 0 || position > 0)
                {
                    runs.Append(" ", style, null);
                }

                runs.Append(word.Text, style, null);
            }
        }

        var built = runs.Build();
        ListMarker? marker = null;
        if (TypedNumbers.Find(string.Concat(built.Select(r => r.Text))) is { } typed)
        {
            marker = typed.Marker;
            built = RunBuilder.Without(built, typed.Length);
        }

        var level = HeadingLevel(lines[0].Size, bodySize);
        var kind = level is null ? ParagraphKind.Body : ParagraphKind.Heading;
        // A PDF does not say where a page break was typed rather than where the text ran over, so none is claimed.
        return new ImportedParagraph(ordinal, built, kind, level, null, marker, [], startsNewPage: false);
    }

    // Type clearly larger than the body's reads as a heading: much larger is a main heading.
    private static int? HeadingLevel(double size, double bodySize) =>
        size >= bodySize * 1.4 ? 1 : size >= bodySize * 1.12 ? 2 : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
