using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Tests.Import.Support;

/// <summary>
/// Makes a Word document the way Word itself writes one, for import tests: built-in heading styles (and
/// "Policy Heading", based on Heading 1), Word list numbering from numbering.xml ("decimal": 1. / 1.1. / 1.1.1.,
/// "alpha": a. / i. / (i), "bullet"), numbers typed by hand, tables, links, bold and italic, a contents list,
/// tracked changes, and a header and footer. Each method adds to the end of the body and returns the builder.
/// As it writes, it records what the document means: the policy's text (<see cref="PolicyText"/>) and its
/// headings, clauses and bullets (<see cref="Outline"/>), so a test compares an import with what was written rather
/// than with the import's own reading of it.
/// </summary>
/// <example><code>
/// new WordDocumentBuilder().Title("Online safety").Heading(1, "Purpose").Numbered(0, "Staff must…")
///     .Numbered(1, "including…").Typed("7.6.1", "Passwords…").Bullet("Phones").Table([["Role", "Name"], ["Head", "A N Other"]], headerRows: 1)
///     .Footer("1 High Street, Millbrook").Save(path);
/// </code></example>
internal sealed class WordDocumentBuilder
{
    private readonly List<Func<MainDocumentPart, IEnumerable<OpenXmlElement>>> _body = [];
    private readonly List<string> _headerLines = [];
    private readonly List<string> _footerLines = [];
    private readonly List<(int NumId, int AbstractId, int? StartAt)> _extraLists = [];
    private readonly Dictionary<string, int> _currentNumIds = new(WordParts.Lists);
    private readonly List<string> _pendingBookmarks = [];
    private readonly List<string> _policyText = [];
    private readonly List<OutlineEntry> _outline = [];
    private readonly Dictionary<string, int> _headingListLevels = [];
    private bool _pageNumbers;
    private int _bookmarkId;

    /// <summary>
    /// The policy's own words as written, in order: the title, headings, paragraphs, clauses without the numbers typed
    /// before them, bullets and table cells; not the contents list, page header and footer, or <see cref="Styled"/> paragraphs.
    /// </summary>
    public IReadOnlyList<string> PolicyText => _policyText;

    /// <summary>The headings, clauses and bullets written, in order, each with its level as the author meant it.</summary>
    public IReadOnlyList<OutlineEntry> Outline => _outline;

    /// <summary>A paragraph in the Title style.</summary>
    public WordDocumentBuilder Title(string text) => Add("Title", null, [text]).Meaning(text, null);

    /// <summary>A heading in Word's "Heading <paramref name="level"/>" style (1–3).</summary>
    public WordDocumentBuilder Heading(int level, string text) => Add($"Heading{level}", null, [text]).Meaning(text, new OutlineEntry(OutlineKind.Heading, level, text));

    /// <summary>A paragraph in any style of the builder's styles.xml, by id ("PolicyHeading", "NoteText", "TOC1"); it is not recorded as policy text.</summary>
    public WordDocumentBuilder Styled(string styleId, params WordSpan[] spans) => Add(styleId, null, spans);

    /// <summary>A body paragraph in the Normal style.</summary>
    public WordDocumentBuilder Paragraph(params WordSpan[] spans) => Add(null, null, spans).Meaning(Joined(spans), null);

    /// <summary>
    /// A paragraph numbered by Word (<c>w:numPr</c> in the paragraph) at 0-based <paramref name="level"/> of the
    /// list "decimal", "alpha" or "bullet", in the List Paragraph style (or <paramref name="styleId"/>, such as "Heading1").
    /// </summary>
    /// <para>
    /// A heading numbered this way makes the list's deeper levels its clauses: with headings at level 0 of "decimal"
    /// (1. / 1.1 / 1.1.1), a paragraph at level 1 is recorded as a clause and one at level 2 as a sub-clause.
    /// </para>
    public WordDocumentBuilder Numbered(int level, string text, string list = "decimal", string styleId = "ListParagraph")
    {
        Add(styleId, (_currentNumIds[list], level), [text]);
        if (!styleId.StartsWith("Heading", StringComparison.Ordinal))
        {
            return Meaning(text, ListEntry(list, level, text));
        }

        _headingListLevels[list] = level;
        return Meaning(text, new OutlineEntry(OutlineKind.Heading, int.Parse(styleId.AsSpan("Heading".Length), System.Globalization.CultureInfo.InvariantCulture), text));
    }

    /// <summary>The same, with formatted spans.</summary>
    public WordDocumentBuilder Numbered(int level, string list, params WordSpan[] spans) =>
        Add("ListParagraph", (_currentNumIds[list], level), spans).Meaning(Joined(spans), ListEntry(list, level, Joined(spans)));

    /// <summary>
    /// A clause whose <paramref name="number"/> ("7.6.1", "a.", "(i)") is typed by hand before a tab, recorded as a
    /// clause at <paramref name="depth"/> (0 for a clause, 1 for a sub-clause).
    /// </summary>
    public WordDocumentBuilder TypedClause(int depth, string number, params WordSpan[] spans) =>
        Add(null, null, [number + "\t", .. spans]).Meaning(Joined(spans), new OutlineEntry(OutlineKind.Clause, depth, Joined(spans)));

    /// <summary>A heading at <paramref name="level"/> whose number is typed by hand before a tab, in a Heading style or (with <paramref name="bold"/>) as a bold Normal paragraph.</summary>
    public WordDocumentBuilder TypedHeading(int level, string number, string text, bool bold = false) =>
        Add(bold ? null : $"Heading{level}", null, [new WordSpan(number + "\t" + text, Bold: bold)]).Meaning(text, new OutlineEntry(OutlineKind.Heading, level, text));

    /// <summary>A paragraph in the "Policy Clause" style, whose own <c>w:numPr</c> numbers it at level 0 of the decimal list.</summary>
    public WordDocumentBuilder NumberedByStyle(string text) => Add("PolicyClause", null, [text]);

    /// <summary>A Word bullet (the "bullet" list) at <paramref name="level"/>.</summary>
    public WordDocumentBuilder Bullet(string text, int level = 0) => Numbered(level, text, "bullet");

    /// <summary>
    /// From here on, <paramref name="list"/> is numbered by a new <c>w:num</c> of the same definition; with
    /// <paramref name="startAt"/> it has a <c>w:startOverride</c> (Word's "Restart numbering" / "Set numbering value"),
    /// without one it continues the list.
    /// </summary>
    public WordDocumentBuilder NewListInstance(string list, int? startAt = 1)
    {
        var numId = 100 + _extraLists.Count;
        _extraLists.Add((numId, WordParts.Lists[list], startAt));
        _currentNumIds[list] = numId;
        return this;
    }

    /// <summary>A Normal paragraph whose text starts with a number typed by hand, then <paramref name="gap"/> (a tab, as people type).</summary>
    public WordDocumentBuilder Typed(string number, string text, string gap = "\t") => Add(null, null, [number + gap + text]).Meaning(text, null);

    /// <summary>A bullet typed by hand ("•", "-", "–") and a tab.</summary>
    public WordDocumentBuilder TypedBullet(string text, string bullet = "•") => Add(null, null, [bullet + "\t" + text]).Meaning(text, new OutlineEntry(OutlineKind.Bullet, 0, text));

    /// <summary>
    /// A table. A cell "&lt;&lt;" joins the cell to its left (<c>w:gridSpan</c>), "^^" the cell above (<c>w:vMerge</c>);
    /// the first <paramref name="headerRows"/> rows repeat as a header (<c>w:tblHeader</c>).
    /// </summary>
    /// <para>
    /// Its cells are recorded as policy text, or only <paramref name="printedAgain"/> when given: the values of a
    /// metadata or history table, which a PolicyKit document prints again under its own labels.
    /// </para>
    public WordDocumentBuilder Table(IReadOnlyList<IReadOnlyList<string>> rows, int headerRows = 0, IReadOnlyList<string>? printedAgain = null)
    {
        _body.Add(_ => [TableElement(rows, headerRows)]);
        _policyText.AddRange(printedAgain ?? rows.SelectMany(r => r).Where(c => c is not ("<<" or "^^")));
        return this;
    }

    /// <summary>A page break, as Ctrl+Enter writes it: a paragraph holding only <c>w:br w:type="page"</c>.</summary>
    public WordDocumentBuilder PageBreak()
    {
        _body.Add(_ => [new Paragraph(new Run(new Break { Type = BreakValues.Page }))]);
        return this;
    }

    /// <summary>An empty paragraph (Word users press Enter twice for space).</summary>
    public WordDocumentBuilder EmptyParagraph()
    {
        _body.Add(_ => [new Paragraph()]);
        return this;
    }

    /// <summary>Starts a bookmark named <paramref name="name"/> in the next paragraph.</summary>
    public WordDocumentBuilder Bookmark(string name)
    {
        _pendingBookmarks.Add(name);
        return this;
    }

    /// <summary>
    /// A contents list as Word's References > Table of Contents writes it: a contents control holding a "Contents"
    /// heading and a TOC field whose result is one "toc 1" paragraph per entry, each a link with its page number.
    /// With <paramref name="asControl"/> false it is the bare field in Normal paragraphs (older documents).
    /// </summary>
    public WordDocumentBuilder Contents(IReadOnlyList<string> entries, bool asControl = true)
    {
        _body.Add(_ => asControl
            ?
            [
                new SdtBlock(
                    new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
                    new SdtContentBlock(ContentsParagraphs(entries, "TOC1").Prepend(StyledParagraph("TOCHeading", "Contents")))),
            ]
            : ContentsParagraphs(entries, null));
        return this;
    }

    /// <summary>A line of the page header.</summary>
    public WordDocumentBuilder Header(string line)
    {
        _headerLines.Add(line);
        return this;
    }

    /// <summary>A line of the page footer (an address, say).</summary>
    public WordDocumentBuilder Footer(string line)
    {
        _footerLines.Add(line);
        return this;
    }

    /// <summary>"Page 1 of 1" in the footer, from PAGE and NUMPAGES fields with their results.</summary>
    public WordDocumentBuilder FooterPageNumbers()
    {
        _pageNumbers = true;
        return this;
    }

    /// <summary>Writes the .docx.</summary>
    public void Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(WordParts.Styles);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(WordParts.Numbering(_extraLists));
        var body = new Body(_body.SelectMany(make => make(main)));
        var section = new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 });
        if (_headerLines.Count > 0)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new DocumentFormat.OpenXml.Wordprocessing.Header(_headerLines.Select(l => new Paragraph(new Run(new Text(l)))));
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }

        if (_footerLines.Count > 0 || _pageNumbers)
        {
            var footer = main.AddNewPart<FooterPart>();
            var paragraphs = _footerLines.Select(l => new Paragraph(new Run(new Text(l)))).ToList();
            if (_pageNumbers)
            {
                paragraphs.Add(new Paragraph([new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }), .. Field(" PAGE ", "1"), new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }), .. Field(" NUMPAGES ", "1")]));
            }

            footer.Footer = new DocumentFormat.OpenXml.Wordprocessing.Footer(paragraphs);
            section.InsertAfter(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, section.Elements<HeaderReference>().LastOrDefault());
        }

        body.Append(section);
        main.Document = new Document(body);
    }

    private OutlineEntry ListEntry(string list, int level, string text) =>
        list == "bullet" ? new(OutlineKind.Bullet, level, text)
        : new(OutlineKind.Clause, _headingListLevels.TryGetValue(list, out var heading) ? level - heading - 1 : level, text);

    private static string Joined(IEnumerable<WordSpan> spans) => string.Concat(spans.Where(s => s.Change != WordChange.Deleted).Select(s => s.Text));

    private WordDocumentBuilder Meaning(string text, OutlineEntry? entry)
    {
        _policyText.Add(text);
        if (entry is not null)
        {
            _outline.Add(entry);
        }

        return this;
    }

    private WordDocumentBuilder Add(string? styleId, (int NumId, int Level)? numbering, IReadOnlyList<WordSpan> spans)
    {
        var bookmarks = _pendingBookmarks.ToList();
        _pendingBookmarks.Clear();
        _body.Add(main =>
        {
            var properties = new ParagraphProperties();
            if (styleId is not null)
            {
                properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
            }

            if (numbering is { } n)
            {
                properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.NumId });
            }

            var paragraph = new Paragraph(properties);
            foreach (var name in bookmarks)
            {
                var id = (++_bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
                paragraph.Append(new BookmarkStart { Id = id, Name = name }, new BookmarkEnd { Id = id });
            }

            paragraph.Append(spans.Select(s => Span(main, s)));
            return [paragraph];
        });
        return this;
    }

    private static OpenXmlElement Span(MainDocumentPart main, WordSpan span)
    {
        var properties = new RunProperties();
        if (span.CharacterStyle is not null || span.Link is not null)
        {
            properties.RunStyle = new RunStyle { Val = span.CharacterStyle ?? "Hyperlink" };
        }

        if (span.Bold)
        {
            properties.Bold = new Bold();
        }

        if (span.Italic)
        {
            properties.Italic = new Italic();
        }

        var run = new Run(properties);
        foreach (var (piece, index) in span.Text.Split('\t').Select((p, i) => (p, i)))
        {
            if (index > 0)
            {
                run.Append(new TabChar());
            }

            if (piece.Length > 0)
            {
                run.Append(span.Change == WordChange.Deleted
                    ? new DeletedText(piece) { Space = SpaceProcessingModeValues.Preserve }
                    : new Text(piece) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return span switch
        {
            { Change: WordChange.Inserted } => new InsertedRun(run) { Id = "1", Author = "Clerk", Date = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            { Change: WordChange.Deleted } => new DeletedRun(run) { Id = "2", Author = "Clerk", Date = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            { Link: ['#', .. var anchor] } => new Hyperlink(run) { Anchor = anchor, History = true },
            { Link: { } address } => new Hyperlink(run) { Id = main.AddHyperlinkRelationship(new Uri(address), isExternal: true).Id, History = true },
            _ => run,
        };
    }

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static IEnumerable<Paragraph> ContentsParagraphs(IReadOnlyList<string> entries, string? styleId)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = new Paragraph();
            if (styleId is not null)
            {
                paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
            }

            if (i == 0)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            var anchor = $"_Toc{100 + i}";
            paragraph.Append(new Hyperlink([new Run(new Text(entries[i])), new Run(new TabChar()), .. Field($" PAGEREF {anchor} \\h ", (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture))]) { Anchor = anchor, History = true });
            yield return paragraph;
        }

        yield return new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private static Run[] Field(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(result)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static Table TableElement(IReadOnlyList<IReadOnlyList<string>> rows, int headerRows)
    {
        var columns = rows.Max(r => r.Count);
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableNormal" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (r < headerRows)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            var cells = rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c] == "<<")
                {
                    continue;
                }

                var span = 1;
                while (c + span < cells.Count && cells[c + span] == "<<")
                {
                    span++;
                }

                var properties = new TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                var continues = cells[c] == "^^";
                var startsMerge = !continues && r + 1 < rows.Count && c < rows[r + 1].Count && rows[r + 1][c] == "^^";
                if (continues || startsMerge)
                {
                    properties.Append(new VerticalMerge { Val = continues ? MergedCellValues.Continue : MergedCellValues.Restart });
                }

                row.Append(new TableCell(properties, continues ? new Paragraph() : new Paragraph(new Run(new Text(cells[c])))));
            }

            table.Append(row);
        }

        return table;
    }
}

/// <summary>What a paragraph the builder wrote is to the policy.</summary>
internal enum OutlineKind
{
    Heading,
    Clause,
    Bullet,
}

/// <summary>A heading (level 1–3), clause (depth 0 for a clause, 1 for a sub-clause…) or bullet (list level) the builder wrote.</summary>
internal sealed record OutlineEntry(OutlineKind Kind, int Level, string Text);
