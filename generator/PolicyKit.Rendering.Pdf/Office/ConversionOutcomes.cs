using System.Collections.Concurrent;

namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>Collects failures from all workers (in the caller's job order) and reports each PDF written.</summary>
internal sealed class ConversionOutcomes(IProgress<PdfJob>? progress)
{
    private readonly ConcurrentDictionary<int, PdfFailure> _failures = new();

    public void Succeeded(PdfJob job) => progress?.Report(job);

    public void Failed(int index, PdfJob job, string reason) => _failures[index] = new PdfFailure(job, reason);

    public IReadOnlyList<PdfFailure> Failures => _failures.OrderBy(f => f.Key).Select(f => f.Value).ToList();
}
