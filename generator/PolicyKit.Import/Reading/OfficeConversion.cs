using PolicyKit.Import.Reading.Docx;
using PolicyKit.Rendering.Pdf;
using PolicyKit.Rendering.Pdf.Office;

namespace PolicyKit.Import.Reading;

/// <summary>
/// Reads an OpenDocument, Word 97-2003 or RTF document by having LibreOffice save it as .docx first, so there is one
/// reader of structure. It finds and runs soffice the way PDF output does, with a profile of its own.
/// </summary>
internal static class OfficeConversion
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <param name="soffice">The LibreOffice program (<see cref="LibreOffice.FindSoffice"/>), or null when it is not installed.</param>
    public static ImportedDocument ReadConverted(string path, string extension, string? soffice)
    {
        if (soffice is null)
        {
            throw ReadErrors.NeedsLibreOffice(path, extension);
        }

        var folder = Path.Combine(Path.GetTempPath(), "policykit-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var docx = Convert(soffice, path, folder);
            return DocxReader.Read(docx, path);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static string Convert(string soffice, string path, string folder)
    {
        // A private profile: a profile shared with a running LibreOffice (or a PDF build) makes soffice hand the
        // job to that instance, or refuse to start.
        using var process = ChildProcess.Start(soffice,
            "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, Path.GetFullPath(path));
        var output = new OutputTail(process.StandardOutput);
        var errors = new OutputTail(process.StandardError);
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            FolderProcesses.KillAllAsync(folder).GetAwaiter().GetResult();
            throw ReadErrors.ConversionFailed(path, $"it took longer than {Limit.TotalMinutes:0} minutes");
        }

        var docx = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".docx");
        if (process.ExitCode != 0 || !File.Exists(docx))
        {
            var said = errors.TextAsync().GetAwaiter().GetResult();
            if (said.Length == 0)
            {
                said = output.TextAsync().GetAwaiter().GetResult();
            }

            throw ReadErrors.ConversionFailed(path, said.Length > 0 ? said : $"exit code {process.ExitCode}, no document written");
        }

        return docx;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file the finished soffice still held; it lives under the temp folder and holds only a copy.
        }
    }
}
