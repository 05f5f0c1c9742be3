using PolicyKit.Model.Inlines;

namespace PolicyKit.Model.Blocks;

/// <summary>A table; header rows repeat on each page and are marked as header cells.</summary>
public sealed class Table : Block
{
    public required IReadOnlyList<TableRow> HeaderRows { get; init; }

    public required IReadOnlyList<TableRow> BodyRows { get; init; }

    public IReadOnlyList<CellAlignment> ColumnAlignments { get; init; } = [];

    public int ColumnCount => HeaderRows.Concat(BodyRows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();

    internal override IEnumerable<Inline> OwnInlines => HeaderRows.Concat(BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content);
}
