namespace PolicyKit.Sources.Templating;

/// <summary>One line of template output: the source line it counts as, and the runs of literal text on it.</summary>
internal sealed record ExpandedLine(int SourceLine, IReadOnlyList<RawPiece> Pieces)
{
    /// <summary>Maps a 0-based column of this output line to the 1-based line and column a person should edit.</summary>
    public (int Line, int Column) SourceOf(int column)
    {
        for (var i = Pieces.Count - 1; i >= 0; i--)
        {
            var piece = Pieces[i];
            if (piece.OutputColumn <= column)
            {
                // Past the literal text the column lies in what an expression printed, so point at that expression.
                var offset = Math.Min(column - piece.OutputColumn, piece.Length);
                return (piece.SourceLine, piece.SourceColumn + offset + 1);
            }
        }

        // Printed by an expression before any literal text on the line: where exactly is not recorded.
        return (SourceLine, column + 1);
    }
}
