using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>
/// The complex fields (<c>w:fldChar</c> begin … separate … end) open at a point of the document. A field can
/// span paragraphs (a contents list is one TOC field), so one stack lives for the whole body. Only a field's
/// result is text; its instruction is read for HYPERLINK addresses and to recognise a TOC.
/// </summary>
internal sealed partial class FieldStack
{
    private readonly List<Field> _open = [];

    /// <summary>True while text is an instruction (or a field's hidden part), which is never shown.</summary>
    public bool InInstruction => _open.Exists(f => !f.InResult);

    /// <summary>True inside the result of a TOC field: the paragraphs are contents entries.</summary>
    public bool InContents => _open.Exists(f => f.IsContents);

    /// <summary>The address of the innermost HYPERLINK field whose result this is, if any.</summary>
    public string? Link => _open.FindLast(f => f.Link is not null)?.Link;

    public void Begin() => _open.Add(new Field());

    public void Instruction(string text)
    {
        if (_open.Count > 0 && !_open[^1].InResult)
        {
            _open[^1].Instruction.Append(text);
        }
    }

    public void Separate()
    {
        if (_open.Count > 0)
        {
            Start(_open[^1]);
        }
    }

    public void End()
    {
        if (_open.Count > 0)
        {
            _open.RemoveAt(_open.Count - 1);
        }
    }

    /// <summary>A <c>w:fldSimple</c>: its content is the result of <paramref name="instruction"/>.</summary>
    public void BeginSimple(string instruction)
    {
        var field = new Field();
        field.Instruction.Append(instruction);
        _open.Add(field);
        Start(field);
    }

    /// <summary>The web address or "#bookmark" a HYPERLINK instruction names, or null.</summary>
    public static string? HyperlinkTarget(string instruction)
    {
        var match = Hyperlink().Match(instruction);
        if (!match.Success)
        {
            return null;
        }

        var address = match.Groups["address"].Value;
        var anchor = Anchor().Match(instruction) is { Success: true } a ? a.Groups["anchor"].Value : null;
        return address.Length > 0 ? address + (anchor is null ? "" : "#" + anchor) : anchor is null ? null : "#" + anchor;
    }

    private static void Start(Field field)
    {
        field.InResult = true;
        var instruction = field.Instruction.ToString().Trim();
        field.IsContents = instruction.StartsWith("TOC", StringComparison.OrdinalIgnoreCase);
        field.Link = HyperlinkTarget(instruction);
    }

    [GeneratedRegex("""^\s*HYPERLINK\s+(?:"(?<address>[^"]*)"|(?<address>[^\s\\"]+))?""", RegexOptions.IgnoreCase)]
    private static partial Regex Hyperlink();

    [GeneratedRegex("""\\l\s+"(?<anchor>[^"]*)""")]
    private static partial Regex Anchor();

    private sealed class Field
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool IsContents { get; set; }

        public string? Link { get; set; }
    }
}
