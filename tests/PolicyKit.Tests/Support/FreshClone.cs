using System.Diagnostics;
using System.Text;

namespace PolicyKit.Tests.Support;

/// <summary>
/// A copy of the repository as a newcomer's clone would have it: every file git tracks (and new files it does not
/// ignore), with nothing built, installed or generated. The README's commands are run in it as a person would type
/// them, with none of the developer's sign-off settings in the environment.
/// </summary>
internal sealed class FreshClone : IDisposable
{
    private FreshClone(string root) => Root = root;

    public string Root { get; }

    public static FreshClone Create()
    {
        var root = Directory.CreateTempSubdirectory("policykit-clone-").FullName;
        var files = Git("ls-files", "-z", "--cached", "--others", "--exclude-standard").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files)
        {
            var from = Path.Combine(RepositoryPaths.Root, file);
            if (!File.Exists(from))
            {
                continue; // deleted in the working tree and not yet committed
            }

            var to = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to); // keeps the execute bit of ./policykit and ./run-tests
        }

        return new FreshClone(root);
    }

    /// <summary>Starts a command in the clone's root, reading its output as it comes.</summary>
    public Process Start(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, fileName))
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild and sign-off settings would change what the command does: a newcomer has neither.
        foreach (var key in start.Environment.Keys.Where(IsDevelopersOwn).ToList())
        {
            start.Environment.Remove(key);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
    }

    /// <summary>Runs a command to the end; returns its exit code and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, string fileName, params string[] arguments)
    {
        using var process = Start(fileName, arguments);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeout}. It printed:\n{output}");
        }

        return (process.ExitCode, Text(output));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server started from the clone may still be letting go of a file; the folder is in /tmp.
        }
    }

    public static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    public static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static bool IsDevelopersOwn(string key) =>
        key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Storage__", StringComparison.Ordinal) || key.StartsWith("Mail__", StringComparison.Ordinal)
        || key.StartsWith("Admin__", StringComparison.Ordinal) || key.StartsWith("SignOff__", StringComparison.Ordinal)
        || key.StartsWith("POLICYKIT_", StringComparison.Ordinal) || key == "DOTNET_HOST_PATH";

    private static string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({git.ExitCode}).");
    }
}
