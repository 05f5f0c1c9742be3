using System.Collections.Concurrent;
using System.Diagnostics;
using PolicyKit.Rendering.Pdf.Office;

namespace PolicyKit.Rendering.Pdf;

/// <summary>
/// Converts .docx files to tagged PDF with headless LibreOffice. Each document is loaded through LibreOffice's UNO
/// API so that its contents list gets real page numbers (<c>soffice --convert-to</c> keeps the empty ones cached in
/// the .docx), then exported with its title, en-GB as its language, embedded fonts, bookmarks and links.
/// Thread-safe; create one per build.
/// </summary>
/// <remarks>
/// Exit codes are the host's to choose. A host would typically treat a thrown
/// <see cref="LibreOfficeUnavailableException"/> as "PDFs skipped" (print its message once, keep the other outputs,
/// exit with success or a warning code) and a non-empty failure list as a failed build.
/// </remarks>
public sealed class PdfConverter
{
    private readonly LibreOfficeOptions _options;
    private readonly LibreOfficeSetup _setup;

    /// <exception cref="LibreOfficeUnavailableException">
    /// soffice is not at <see cref="LibreOfficeOptions.SofficePath"/> (or, when that is null, not found at all), or
    /// its Python cannot import the UNO bridge. The message ends with <see cref="LibreOffice.InstallHint"/>.
    /// </exception>
    public PdfConverter(LibreOfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Instances, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BatchTimeout, TimeSpan.Zero);
        _options = options;

        var soffice = options.SofficePath ?? LibreOffice.FindSoffice()
            ?? throw new LibreOfficeUnavailableException($"LibreOffice (soffice) was not found on PATH. {LibreOffice.InstallHint}");
        if (!File.Exists(soffice))
        {
            throw new LibreOfficeUnavailableException($"LibreOffice was not found at {soffice}. {LibreOffice.InstallHint}");
        }

        var python = LibreOffice.FindPython(soffice);
        if (!CanImportUno(python))
        {
            throw new LibreOfficeUnavailableException(
                $"{python} cannot import LibreOffice's Python UNO bridge ('uno'). {LibreOffice.InstallHint}");
        }

        _setup = new LibreOfficeSetup(soffice, python, ConversionScript.Text, options.TemporaryRoot ?? Path.GetTempPath());
    }

    /// <summary>
    /// Converts every job, running up to <see cref="LibreOfficeOptions.Instances"/> LibreOffice instances at once,
    /// each with its own temporary profile (deleted afterwards) and kept across its batches. A PDF replaces
    /// <see cref="PdfJob.PdfPath"/> only after it passed its checks; a failed job leaves the target as it was.
    /// </summary>
    /// <param name="progress">Told of each job whose PDF was written, as it is written.</param>
    /// <returns>The jobs that failed, in the order given, each with its reason; empty when every PDF was written.</returns>
    /// <exception cref="OperationCanceledException">The caller cancelled; every LibreOffice instance has been stopped.</exception>
    public async Task<IReadOnlyList<PdfFailure>> ConvertAsync(IReadOnlyList<PdfJob> jobs, IProgress<PdfJob>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var batches = Batch.Split(jobs, _options.BatchSize, _options.Instances);
        var queue = new ConcurrentQueue<Batch>(batches);
        var outcomes = new ConversionOutcomes(progress);
        var workers = Enumerable.Range(0, Math.Min(_options.Instances, batches.Count))
            .Select(_ => Task.Run(() => new ConversionWorker(_setup, _options.BatchTimeout, outcomes).RunAsync(queue, cancellationToken), CancellationToken.None))
            .ToList();
        await Task.WhenAll(workers);
        cancellationToken.ThrowIfCancellationRequested();
        return outcomes.Failures;
    }

    private static bool CanImportUno(string python)
    {
        try
        {
            var start = new ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import uno");
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
