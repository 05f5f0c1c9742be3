using PolicyKit.Model.Inlines;

namespace PolicyKit.Generator.Redlining;

/// <summary>
/// One word, space or punctuation mark of a clause, with the formatting and link it sits in, so a word that became
/// bold or whose link changed counts as changed.
/// </summary>
internal sealed record InlineToken(IReadOnlyList<InlineFrame> Frames, InlineTokenKind Kind, string Text)
{
    public string Key { get; } = string.Concat(Frames.Select(f => f.Key)) + "\u0001" + (char)('0' + (int)Kind) + Text;
}

internal enum InlineTokenKind
{
    Text,
    Code,
    LineBreak,
}

/// <summary>An inline that holds others: bold, italic or a link to one target.</summary>
internal sealed record InlineFrame(char Type, string? Target)
{
    public string Key => Target is null ? Type.ToString() : $"{Type}({Target})";

    public static InlineFrame Of(Inline inline) => inline switch
    {
        Strong => new('S', null),
        Emphasis => new('E', null),
        Link link => new('L', link.Target),
        _ => throw new ArgumentException($"{inline.GetType().Name} holds no inlines.", nameof(inline)),
    };

    public Inline Wrap(IReadOnlyList<Inline> content) => Type switch
    {
        'S' => new Strong(content),
        'E' => new Emphasis(content),
        _ => new Link(Target!, content),
    };
}
