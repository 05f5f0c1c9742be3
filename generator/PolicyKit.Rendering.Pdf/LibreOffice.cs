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
