namespace PolicyKit.Tests.Support;

/// <summary>Processes (soffice, oosplash, soffice.bin, the UNO script) whose command line mentions a folder.</summary>
internal static class LibreOfficeProcesses
{
    public static List<string> Mentioning(string folder)
    {
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(folder, StringComparison.Ordinal))
                {
                    found.Add($"{Path.GetFileName(directory)}: {commandLine}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }
}
