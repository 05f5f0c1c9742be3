namespace PolicyKit.Model.Layout;

/// <summary>How a table's column widths are chosen.</summary>
public enum TableWidths
{
    /// <summary>Fixed shares of the page width, as PolicyKit has always drawn them.</summary>
    Fixed,

    /// <summary>From the content: every column at least as wide as its longest word, the rest of the width shared by how much text each holds.</summary>
    Content,
}
