using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Model.Inlines;

/// <summary>Base of every inline: where it starts in the source, so a problem with a link can point at the link itself.</summary>
public abstract record Inline
{
    public SourceSpan Span { get; init; }

    /// <summary>The inlines directly inside this one: the text of a link or an emphasis.</summary>
    internal virtual IReadOnlyList<Inline> Children => [];
}
