namespace PolicyKit.Model.Blocks;

public sealed record TableRow(IReadOnlyList<TableCell> Cells);
