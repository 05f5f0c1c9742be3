using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Numbering;
using PolicyKit.Rendering.Docx.Body;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// Draws the model's numbering with Word's own list numbering: numbered headings and clauses use the scheme's
/// shared list at the level the model gives them, and each bulleted or plain numbered list gets a list instance of
/// its own so its bullets or numbers start afresh. Which level and which number is the model's; this only maps it onto numbering.xml.
/// </summary>
internal sealed class WordNumbering
{
    private readonly DocumentNumbering _numbering;
    private readonly List<WordListInstance> _lists = [];

    public WordNumbering(DocumentNumbering numbering) => _numbering = numbering;

    /// <summary>The number a heading or clause shows, for the contents.</summary>
    public string? Label(Node node) => _numbering.Label(node);

    /// <summary>A heading's place in the scheme's list, or numbering switched off when the scheme leaves it unnumbered.</summary>
    public NumberingProperties ForHeading(Heading heading) =>
        _numbering.Level(heading) is { } level ? Paragraphs.Numbered(level, NumberingDefinitions.SchemeNumId) : Paragraphs.Unnumbered();

    /// <summary>How the items of a list are written; plain paragraphs keep the text indent of the item around them.</summary>
    public WordList ForList(ListBlock list, int enclosingIndent)
    {
        var layout = _numbering.Layout(list);
        return layout.Marker switch
        {
            ItemMarker.Number => new WordList(NumberingDefinitions.SchemeNumId, layout.Level, StyleIds.ListParagraph, TextIndent(bullet: false, layout.Level)),
            ItemMarker.Bullet => new WordList(NewList(null), layout.Level, StyleIds.ListParagraph, TextIndent(bullet: true, layout.Level)),
            // A plain list's number hangs where the text around it starts, so it reads as part of that clause.
            ItemMarker.ListNumber => new WordList(NewList(PlainLevel(layout)), PlainLevel(layout), StyleIds.ListParagraph, enclosingIndent + NumberingDefinitions.Step, NumberingDefinitions.Step),
            _ => new WordList(null, layout.Level, StyleIds.BodyText, enclosingIndent),
        };
    }

    /// <summary>numbering.xml: the scheme's list and every bullet and plain list instance handed out.</summary>
    public Numbering Build() => NumberingDefinitions.Build(_numbering.Scheme, _numbering.PolicyNumber, _lists);

    private static int PlainLevel(ListLayout layout) => Math.Min(layout.Nesting, DocumentNumbering.MaxLevel);

    private int TextIndent(bool bullet, int level) => NumberingDefinitions.TextIndent(_numbering.Scheme, _numbering.PolicyNumber, bullet, level);

    private int NewList(int? nesting)
    {
        var id = NumberingDefinitions.SchemeNumId + 1 + _lists.Count;
        _lists.Add(new WordListInstance(id, nesting));
        return id;
    }
}
