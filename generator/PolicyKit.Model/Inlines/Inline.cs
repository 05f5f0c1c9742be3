namespace PolicyKit.Model.Inlines;

public abstract record Inline
{
    /// <summary>The inlines directly inside this one: the text of a link or an emphasis.</summary>
    internal virtual IReadOnlyList<Inline> Children => [];
}
