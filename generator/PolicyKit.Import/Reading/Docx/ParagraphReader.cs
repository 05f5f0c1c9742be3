using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>
/// Reads one <c>w:p</c>: its style (kind, heading level), its Word list number, its runs with bold, italic and links,
/// its bookmarks and page breaks. Fields, list counters and a break owed to the next paragraph carry across paragraphs.
/// </summary>
/// <param name="typedNumbers">False for headers and footers, whose text is kept as it is.</param>
internal sealed class ParagraphReader(OpenXmlPart part, StyleSheet styles, NumberingDefinitions numbering, ListCounters counters, bool typedNumbers = true)
{
    private readonly FieldStack _fields = new();
    private Dictionary<string, string>? _links;
    private readonly List<string> _pendingBookmarks = [];
    private bool _pendingNewPage;

    /// <summary>True while inside a contents control (<c>w:docPartGallery</c> "Table of Contents").</summary>
    public bool InContentsControl { get; set; }

    /// <summary>A bookmark that starts between paragraphs belongs to the next one.</summary>
    public void BookmarkBetween(BookmarkStart bookmark) => AddBookmark(_pendingBookmarks, bookmark);

    /// <summary>
    /// The paragraph, or null when it shows no text and no number (an empty line, a picture): its bookmarks and
    /// page break then pass to the next paragraph.
    /// </summary>
    public ImportedParagraph? Read(Paragraph paragraph, int ordinal)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = styles.Paragraph(styleId);
        var (kind, level) = (style.Kind, style.HeadingLevel);
        if (properties?.OutlineLevel?.Val?.Value is { } outline && kind is ParagraphKind.Body or ParagraphKind.Heading)
        {
            (kind, level) = outline < 9 ? (ParagraphKind.Heading, (int?)(outline + 1)) : (ParagraphKind.Body, null);
        }

        var state = new State(kind == ParagraphKind.Body ? style.RunStyle : RunStyle.None);
        state.NewPage = _pendingNewPage || properties?.PageBreakBefore is { } before && (before.Val?.Value ?? true) || properties?.PageBreakBefore is null && style.PageBreakBefore;
        _pendingNewPage = false;
        state.Bookmarks.AddRange(_pendingBookmarks);
        _pendingBookmarks.Clear();
        state.InContents = InContentsControl;

        var marker = WordMarker(properties, style, styleId);
        Walk(paragraph, state, state.BaseStyle, null);

        // A section break ending this paragraph starts the next on a new page (unless it is a continuous one).
        if (properties?.SectionProperties is { } section && section.GetFirstChild<SectionType>()?.Val?.InnerText != "continuous")
        {
            _pendingNewPage = true;
        }

        if (state.InContents || kind == ParagraphKind.ContentsEntry)
        {
            kind = ParagraphKind.ContentsEntry;
            level = null;
        }

        var runs = state.Runs.Build();
        if (typedNumbers && marker is null && kind is not (ParagraphKind.ContentsEntry or ParagraphKind.Title) && TypedNumbers.Find(string.Concat(runs.Select(r => r.Text))) is { } typed)
        {
            marker = typed.Marker;
            runs = RunBuilder.Without(runs, typed.Length);
        }

        if (marker is null && !state.Runs.HasText)
        {
            _pendingBookmarks.AddRange(state.Bookmarks);
            _pendingNewPage |= state.NewPage;
            return null;
        }

        return new ImportedParagraph(ordinal, runs, kind, kind == ParagraphKind.Heading ? level : null, styles.IsDefault(styleId) ? null : style.Name, marker, state.Bookmarks, state.NewPage);
    }

    private ListMarker? WordMarker(ParagraphProperties? properties, ResolvedStyle style, string? styleId)
    {
        var direct = properties?.NumberingProperties;
        var numId = direct?.NumberingId?.Val?.Value.ToString(CultureInfo.InvariantCulture) ?? style.NumId;
        if (numId is null || numbering.Find(numId) is not { } list)
        {
            return null;
        }

        // The level: the paragraph's own, else its style's, else the level whose w:pStyle names the style.
        var level = direct?.NumberingLevelReference?.Val?.Value ?? style.Ilvl
            ?? (styleId is not null && list.StyleLevels.TryGetValue(styleId, out var styleLevel) ? styleLevel : 0);
        return counters.Next(list, level);
    }

    private void Walk(OpenXmlElement parent, State state, RunStyle runStyle, string? link)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    ReadRun(run, state, runStyle, link);
                    break;
                case Hyperlink hyperlink:
                    Walk(hyperlink, state, runStyle, Target(hyperlink) ?? link);
                    break;
                case SimpleField simple:
                    _fields.BeginSimple(simple.Instruction?.Value ?? "");
                    Walk(simple, state, runStyle, link);
                    _fields.End();
                    break;
                case BookmarkStart bookmark:
                    AddBookmark(state.Bookmarks, bookmark);
                    break;
                case DeletedRun or MoveFromRun or ParagraphProperties:
                    // Deleted (tracked) text is not part of the document as it reads now.
                    break;
                case InsertedRun or MoveToRun or SdtRun or SdtContentRun or CustomXmlRun or OpenXmlUnknownElement:
                    Walk(child, state, runStyle, link);
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadRun(Run run, State state, RunStyle paragraphStyle, string? link)
    {
        var properties = run.RunProperties;
        var style = paragraphStyle | styles.Character(properties?.RunStyle?.Val?.Value);
        style = RunFormatting.Apply(style, properties?.Bold, properties?.Italic);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    switch (fieldChar.FieldCharType?.InnerText)
                    {
                        case "begin":
                            _fields.Begin();
                            break;
                        case "separate":
                            _fields.Separate();
                            break;
                        case "end":
                            _fields.End();
                            break;
                        default:
                            break;
                    }

                    break;
                case FieldCode code:
                    _fields.Instruction(code.Text);
                    break;
                case Break { Type.InnerText: "page" }:
                    // A page break before any text moves this paragraph to a new page; after text, the next one.
                    if (state.Runs.HasText)
                    {
                        _pendingNewPage = true;
                    }
                    else
                    {
                        state.NewPage = true;
                    }

                    break;
                case Break or CarriageReturn:
                    Append(state, "\n", style, link);
                    break;
                case Text text:
                    Append(state, text.Text, style, link);
                    break;
                case TabChar or PositionalTab:
                    Append(state, " ", style, link);
                    break;
                case NoBreakHyphen:
                    Append(state, "-", style, link);
                    break;
                case SymbolChar symbol when int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    Append(state, ((char)code).ToString(), style, link);
                    break;
                default:
                    // Drawings, pictures, text boxes and deleted text are not the policy's text.
                    break;
            }
        }
    }

    private void Append(State state, string text, RunStyle style, string? link)
    {
        if (_fields.InInstruction)
        {
            return;
        }

        if (_fields.InContents)
        {
            state.InContents = true;
        }

        state.Runs.Append(text, style, _fields.Link ?? link);
    }

    private string? Target(Hyperlink hyperlink)
    {
        var anchor = hyperlink.Anchor?.Value;
        if (hyperlink.Id?.Value is { } id)
        {
            _links ??= part.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.IsAbsoluteUri ? r.Uri.AbsoluteUri : r.Uri.OriginalString, StringComparer.Ordinal);
            if (_links.TryGetValue(id, out var address))
            {
                return anchor is null ? address : address + "#" + anchor;
            }
        }

        return anchor is null ? null : "#" + anchor;
    }

    // Word's own hidden bookmarks (_Toc…, _GoBack, _Ref…, _Hlk…) all start with an underscore.
    private static void AddBookmark(List<string> bookmarks, BookmarkStart bookmark)
    {
        if (bookmark.Name?.Value is { Length: > 0 } name && !name.StartsWith('_'))
        {
            bookmarks.Add(name);
        }
    }

    private sealed class State(RunStyle baseStyle)
    {
        public RunStyle BaseStyle { get; } = baseStyle;

        public RunBuilder Runs { get; } = new();

        public List<string> Bookmarks { get; } = [];

        public bool NewPage { get; set; }

        public bool InContents { get; set; }
    }
}
