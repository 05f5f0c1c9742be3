using System.Diagnostics;

namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>
/// Processes whose command line names an instance's private folder (its profile and pipe live there).
/// Killing a process tree only reaches children that exist at that moment: the soffice launcher starts
/// oosplash, which starts soffice.bin, so a timeout during start-up can miss the last of them.
/// </summary>
internal static class FolderProcesses
{
    /// <summary>Kills every process that still names <paramref name="folder"/>, waiting briefly until none is left.</summary>
    public static async Task KillAllAsync(string folder)
    {
        // Only Linux exposes other processes' command lines as files; elsewhere the tree kill is all there is.
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stray = Find(folder);
            if (stray.Count == 0)
            {
                return;
            }

            foreach (var id in stray)
            {
                try
                {
                    using var process = Process.GetProcessById(id);
                    process.Kill(entireProcessTree: true);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // It ended on its own meanwhile.
                }
            }

            await Task.Delay(100);
        }
    }

    private static List<int> Find(string folder)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Contains(folder, StringComparison.Ordinal))
                {
                    found.Add(id);
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
