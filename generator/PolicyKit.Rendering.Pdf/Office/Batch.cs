namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>Jobs one instance converts under one timeout, with each job's position in the caller's list.</summary>
internal sealed record Batch(IReadOnlyList<(int Index, PdfJob Job)> Jobs)
{
    /// <summary>
    /// Splits jobs into batches of at most <paramref name="batchSize"/>, but smaller when that gives every
    /// instance work: 12 documents on 2 instances make 2 batches of 6, not 1 of 12.
    /// </summary>
    public static IReadOnlyList<Batch> Split(IReadOnlyList<PdfJob> jobs, int batchSize, int instances)
    {
        var size = Math.Clamp((jobs.Count + instances - 1) / instances, 1, batchSize);
        return jobs.Select((job, index) => (index, job))
            .Chunk(size)
            .Select(chunk => new Batch(chunk))
            .ToList();
    }
}
