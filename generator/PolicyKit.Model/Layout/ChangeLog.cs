namespace PolicyKit.Model.Layout;

/// <summary>The change log as a table with a heading: its title, its place, its columns and a row per version.</summary>
/// <param name="Title">The heading ("Policy review dates and changes", "Change log").</param>
/// <param name="Placement">Where the table goes.</param>
/// <param name="Columns">The columns, each with its heading and relative width.</param>
/// <param name="Rows">One row per version, oldest first, a value per column.</param>
public sealed record ChangeLog(string Title, ChangeLogPlacement Placement, IReadOnlyList<ChangeLogColumn> Columns, IReadOnlyList<IReadOnlyList<LayoutValue>> Rows);

/// <summary>A change-log column: its heading, and its share of the width when widths are fixed.</summary>
public sealed record ChangeLogColumn(string Label, int Weight);

/// <summary>Where the change-log table goes. (A change log that is a numbered section is part of the body.)</summary>
public enum ChangeLogPlacement
{
    /// <summary>After the body, before the signatures.</summary>
    End,

    /// <summary>After the metadata table, before the text before the contents.</summary>
    Start,
}
