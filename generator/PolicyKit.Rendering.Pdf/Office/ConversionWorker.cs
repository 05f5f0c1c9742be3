using System.Collections.Concurrent;
using PolicyKit.Rendering.Pdf.Checking;

namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>
/// Takes batches from a shared queue and converts them on one LibreOffice instance, which it keeps across batches
/// and replaces after a timeout or crash. Each PDF is checked (in the background, while LibreOffice converts the
/// next one) and only then moved over the target.
/// </summary>
internal sealed class ConversionWorker(LibreOfficeSetup setup, TimeSpan batchTimeout, ConversionOutcomes outcomes)
{
    private LibreOfficeInstance? _instance;

    public async Task RunAsync(ConcurrentQueue<Batch> queue, CancellationToken cancellationToken)
    {
        try
        {
            while (queue.TryDequeue(out var batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RunBatchAsync(batch, cancellationToken);
            }
        }
        finally
        {
            if (_instance is not null)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await _instance.KillAsync();
                }

                await _instance.DisposeAsync();
            }
        }
    }

    private async Task RunBatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(batchTimeout);
        var checks = new List<Task>(batch.Jobs.Count);
        var next = 0;
        string? temporary = null;
        try
        {
            for (; next < batch.Jobs.Count; next++)
            {
                var (index, job) = batch.Jobs[next];
                if (DocxInputCheck.Problem(job.DocxPath) is { } inputProblem)
                {
                    outcomes.Failed(index, job, inputProblem);
                    continue;
                }

                temporary = TemporaryPath(job.PdfPath);
                var error = await ConvertAsync(job.DocxPath, temporary, timeout.Token);
                if (error is null)
                {
                    var written = temporary;
                    checks.Add(Task.Run(() => CheckAndMove(index, job, written), CancellationToken.None));
                }
                else
                {
                    Delete(temporary);
                    outcomes.Failed(index, job, error);
                }

                temporary = null;
            }
        }
        catch (OperationCanceledException)
        {
            // Out of time, or cancelled: stop this instance before deleting the file it may still be writing.
            await ReplaceInstanceAsync();
            if (temporary is not null)
            {
                Delete(temporary);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            // Fail what the batch had not finished; the next batch gets a new instance.
            var reason = $"LibreOffice did not finish within {Describe(batchTimeout)} (the time allowed for a batch of " +
                $"{batch.Jobs.Count} documents), so it was stopped";
            foreach (var (index, job) in batch.Jobs.Skip(next))
            {
                outcomes.Failed(index, job, reason);
            }
        }
        finally
        {
            await Task.WhenAll(checks);
        }
    }

    private async Task<string?> ConvertAsync(string docx, string pdf, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pdf))!);
        _instance ??= LibreOfficeInstance.Start(setup);
        var error = await _instance.ConvertAsync(docx, pdf, cancellationToken);
        if (!_instance.IsAlive)
        {
            // LibreOffice crashed (on this document, most likely): the rest of the batch gets a fresh instance.
            await ReplaceInstanceAsync();
        }

        return error;
    }

    private void CheckAndMove(int index, PdfJob job, string temporary)
    {
        var problem = PdfOutputCheck.Problem(temporary, job.ExpectedTitle);
        if (problem is null)
        {
            File.Move(temporary, job.PdfPath, overwrite: true);
            outcomes.Succeeded(job);
        }
        else
        {
            Delete(temporary);
            outcomes.Failed(index, job, problem);
        }
    }

    private async Task ReplaceInstanceAsync()
    {
        if (_instance is not null)
        {
            await _instance.KillAsync();
            await _instance.DisposeAsync();
            _instance = null;
        }
    }

    private static string TemporaryPath(string pdf) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pdf))!, $".{Path.GetFileNameWithoutExtension(pdf)}.{Guid.NewGuid():N}.tmp.pdf");

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary file only; it never takes the target's name.
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min"
        : span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s"
        : $"{span.TotalMilliseconds:0.#} ms";
}
