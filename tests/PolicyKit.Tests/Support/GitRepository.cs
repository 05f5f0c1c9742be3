using System.Diagnostics;

namespace PolicyKit.Tests.Support;

/// <summary>A throwaway git repository for tests of what PolicyKit reads from a policy folder's history.</summary>
internal static class GitRepository
{
    public static void Init(string folder)
    {
        Directory.CreateDirectory(folder);
        Git(folder, "init", "--quiet", "--initial-branch=main");
    }

    /// <summary>Commits everything in the folder, as a fixed author, so the tests never depend on the machine's git settings.</summary>
    public static void CommitAll(string folder, string message)
    {
        Git(folder, "add", "--all");
        Git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    /// <summary>Runs a git command that must succeed, such as rev-parse, and gives what it printed, trimmed.</summary>
    public static string Read(string folder, params string[] arguments) => Git(folder, arguments).Trim();

    private static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }
}
