using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PolicyKit.Generator.History;

/// <summary>
/// Runs git in one folder, with each argument passed as it is (never through a shell), and gives back what it printed.
/// </summary>
internal sealed class GitCommand
{
    public const string DefaultExecutable = "git";

    private readonly string _executable;
    private readonly string _workingDirectory;

    public GitCommand(string executable, string workingDirectory)
    {
        _executable = executable;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Runs git and reads its output as text; null when git is not installed (not on the PATH).</summary>
    public GitResult? Run(CancellationToken cancellationToken, params string[] arguments)
    {
        using var output = new MemoryStream();
        return Run(output, cancellationToken, arguments) is { } result
            ? result with { Output = Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length) }
            : null;
    }

    /// <summary>Runs git and copies its output, as bytes, to <paramref name="output"/> (for an archive); null when git is not installed.</summary>
    public GitResult? Run(Stream output, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain English messages, and no prompt for credentials or a pager waiting for a key.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            // stderr is read alongside stdout, so neither pipe can fill and stall git.
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new GitResult(process.ExitCode, string.Empty, error.GetAwaiter().GetResult().Trim());
        }
    }
}
