using System.Diagnostics.CodeAnalysis;
using PolicyKit.Rendering.Pdf.Office;

namespace PolicyKit.Rendering.Pdf;

/// <summary>Finds the LibreOffice installation PDF conversion needs, and says how to install it.</summary>
public static class LibreOffice
{
    /// <summary>What to tell a person when LibreOffice (or its Python UNO bridge) is missing.</summary>
    public const string InstallHint =
        "PDF output needs LibreOffice with its Python UNO bridge. On Debian or Ubuntu: " +
        "sudo apt-get install -y libreoffice-writer-nogui python3-uno poppler-utils";

    private static readonly string[] KnownLocations =
    [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        @"C:\Program Files\LibreOffice\program\soffice.exe",
    ];

    /// <summary>The <c>soffice</c> program on PATH or in a usual install location, or null when there is none.</summary>
    public static string? FindSoffice()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe" } : ["soffice", "libreoffice"];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)));
        return onPath.Concat(KnownLocations).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Has <paramref name="soffice"/> save a document it can open (.odt, .doc, .rtf) as .docx in <paramref name="folder"/>,
    /// with a profile of its own there: a profile shared with a running LibreOffice makes soffice hand the job to that
    /// instance, or refuse to start. Import reads OpenDocument this way, through its one Word reader.
    /// </summary>
    /// <returns>True with the .docx written; false with LibreOffice's reason.</returns>
    public static bool TryConvertToDocx(string soffice, string path, string folder, TimeSpan limit, [NotNullWhen(true)] out string? docx, [NotNullWhen(false)] out string? failure)
    {
        using var process = ChildProcess.Start(soffice,
            "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, Path.GetFullPath(path));
        var output = new OutputTail(process.StandardOutput);
        var errors = new OutputTail(process.StandardError);
        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            FolderProcesses.KillAllAsync(folder).GetAwaiter().GetResult();
            (docx, failure) = (null, $"it took longer than {limit.TotalSeconds:0} seconds");
            return false;
        }

        var written = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".docx");
        if (process.ExitCode == 0 && File.Exists(written))
        {
            (docx, failure) = (written, null);
            return true;
        }

        var said = errors.TextAsync().GetAwaiter().GetResult();
        said = said.Length > 0 ? said : output.TextAsync().GetAwaiter().GetResult();
        (docx, failure) = (null, said.Length > 0 ? said : $"exit code {process.ExitCode}, no document written");
        return false;
    }

    /// <summary>
    /// The Python that can <c>import uno</c> for this LibreOffice: the one LibreOffice bundles (Windows, macOS,
    /// the builds from libreoffice.org), else the system's /usr/bin/python3, where Debian's python3-uno installs
    /// the module. A python3 from pyenv or a virtual environment on PATH does not have it.
    /// </summary>
    internal static string FindPython(string soffice)
    {
        var program = Path.GetDirectoryName(File.ResolveLinkTarget(soffice, returnFinalTarget: true)?.FullName ?? soffice) ?? "";
        var bundled = new[] { "python", "python.exe", "../Resources/python" }.Select(name => Path.GetFullPath(Path.Combine(program, name)));
        return bundled.FirstOrDefault(File.Exists) ?? "/usr/bin/python3";
    }
}
