using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Templating;

namespace PolicyKit.Sources.Layout;

/// <summary><c>change-log:</c>: none, or where the table goes, its title and its columns.</summary>
/// <param name="Place">Where it goes; null for <c>change-log: none</c>.</param>
internal sealed record ChangeLogSpec(ChangeLogPlace? Place, string Title, IReadOnlyList<ChangeLogColumnSpec> Columns, SourceSpan Span)
{
    public static ChangeLogSpec None(SourceSpan span) => new(null, string.Empty, [], span);
}

/// <summary>A change-log column: its heading, the template of its value (which sees <c>entry</c>) and its relative width.</summary>
/// <param name="DateField">The <c>entry</c> date the value prints when it is that one date alone, else null.</param>
internal sealed record ChangeLogColumnSpec(string Label, PolicyTemplate Value, int Weight, string? DateField);

/// <summary>Where the change log goes: a table at the end or the start, or the body's last numbered section.</summary>
internal enum ChangeLogPlace
{
    End,
    Start,
    Section,
}
