using PolicyKit.Model.Inlines;

namespace PolicyKit.Model.Blocks;

public sealed record TableCell(IReadOnlyList<Inline> Content);
