namespace PolicyKit.Import;

/// <summary>What an imported policy's source holds.</summary>
/// <param name="Sections">Headings at every level.</param>
/// <param name="Clauses">Numbered clauses and sub-clauses, and paragraphs given an id (unnumbered clauses).</param>
/// <param name="Tables">Tables kept in the body (the metadata and review-history tables become front matter instead).</param>
/// <param name="Versions">Entries of <c>version-history</c>.</param>
public sealed record ImportCounts(int Sections, int Clauses, int Tables, int Versions)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0);
}
