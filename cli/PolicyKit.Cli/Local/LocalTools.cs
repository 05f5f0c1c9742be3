using System.Diagnostics;
using System.Text.Json;
using PolicyKit.SignOff;

namespace PolicyKit.Cli.Local;

/// <summary>
/// The pinned npm packages in tools/local-services (Azurite, maildev): where they are, installing them with
/// npm ci when they are missing, and the script each server runs. Servers are started as node + script rather
/// than through npm exec, so the process we hold is the server itself.
/// </summary>
internal sealed class LocalTools
{
    public const string RelativeFolder = "tools/local-services";
    private const string InstallNode = "install Node.js 20 (apt-get install nodejs npm)";

    private LocalTools(string folder, string node)
    {
        Folder = folder;
        Node = node;
    }

    public string Folder { get; }

    /// <summary>The node executable, found on PATH.</summary>
    public string Node { get; }

    /// <summary>Finds the tools and installs them if needed.</summary>
    public static async Task<LocalTools> PrepareAsync(LocalServicesOptions options, CancellationToken cancellationToken)
    {
        var folder = options.ToolsFolder is { } given ? Path.GetFullPath(given) : Find();
        if (!File.Exists(Path.Combine(folder, "package.json")))
        {
            throw new SignOffException($"{folder} has no package.json: it should be the repository's {RelativeFolder} folder.");
        }

        var node = OnPath("node") ?? throw new SignOffException($"Node.js is needed to run the local storage and mail servers but 'node' is not on PATH: {InstallNode}.");
        var tools = new LocalTools(folder, node);
        if (!tools.IsInstalled)
        {
            await tools.InstallAsync(options.InstallTimeout, cancellationToken).ConfigureAwait(false);
        }

        return tools;
    }

    /// <summary>The script a package's bin entry names, e.g. ("azurite", "azurite-blob").</summary>
    public string BinScript(string package, string command)
    {
        var packageFolder = Path.Combine(Folder, "node_modules", package);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(packageFolder, "package.json")));
        if (!json.RootElement.TryGetProperty("bin", out var bin) || !bin.TryGetProperty(command, out var script) || script.GetString() is not { } relative)
        {
            throw new SignOffException($"The installed {package} has no '{command}' command; delete {Path.Combine(Folder, "node_modules")} and try again.");
        }

        return Path.GetFullPath(Path.Combine(packageFolder, relative));
    }

    private bool IsInstalled =>
        File.Exists(Path.Combine(Folder, "node_modules", ".bin", "azurite")) && File.Exists(Path.Combine(Folder, "node_modules", ".bin", "maildev"));

    private async Task InstallAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var npm = OnPath("npm") ?? throw new SignOffException($"The local storage and mail servers are not installed in {Folder} and 'npm' is not on PATH to install them: {InstallNode}.");
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new SignOffException($"Could not start {npm}.");
        var output = new ServerOutputTail(process.StandardOutput);
        var errors = new ServerOutputTail(process.StandardError);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new SignOffException($"'npm ci' in {Folder} did not finish within {timeout.TotalMinutes:0} minutes.{Environment.NewLine}{await errors.TextAsync().ConfigureAwait(false)}");
        }

        if (process.ExitCode != 0 || !IsInstalled)
        {
            var tail = await errors.TextAsync().ConfigureAwait(false) is { Length: > 0 } text ? text : await output.TextAsync().ConfigureAwait(false);
            throw new SignOffException($"'npm ci' in {Folder} failed (exit code {process.ExitCode}); run it there to see why.{Environment.NewLine}{tail}");
        }
    }

    /// <summary>Walks up from the binaries and from the current folder to the first folder holding tools/local-services.</summary>
    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativeFolder);
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        throw new SignOffException(
            $"The local storage and mail servers live in the PolicyKit repository's {RelativeFolder} folder, which was not found above " +
            $"{AppContext.BaseDirectory} or {Environment.CurrentDirectory}. Run this from inside a PolicyKit checkout, or use real Azure Storage and SMTP settings.");
    }

    private static string? OnPath(string program)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
