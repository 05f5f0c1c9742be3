using PolicyKit.Cli;

namespace PolicyKit.Tests.Support;

/// <summary>Runs the CLI in-process, as a person would from a shell, and copies source folders for it to change.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PolicyKitCommandLine.RunAsync(args, TimeProvider.System, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
