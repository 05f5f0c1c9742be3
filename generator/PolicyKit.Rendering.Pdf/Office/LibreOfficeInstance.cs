using System.Diagnostics;
using System.Text.Json;

namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>
/// One headless LibreOffice with its own profile, driven by the UNO script over a private pipe. It stays up across
/// batches (start-up is most of the cost of a small batch). This class owns both processes: it kills the whole
/// soffice tree (the soffice script execs oosplash, which forks soffice.bin) when it is stopped or disposed.
/// </summary>
internal sealed class LibreOfficeInstance : IAsyncDisposable
{
    private readonly string _folder;
    private readonly Process _soffice;
    private readonly Process _python;
    private readonly OutputTail _pythonErrors;
    private bool _ready;

    private LibreOfficeInstance(string folder, Process soffice, Process python)
    {
        _folder = folder;
        _soffice = soffice;
        _python = python;
        _ = new OutputTail(soffice.StandardOutput);
        _ = new OutputTail(soffice.StandardError);
        _pythonErrors = new OutputTail(python.StandardError);
    }

    /// <summary>False once the script or LibreOffice has stopped: the instance must be replaced.</summary>
    public bool IsAlive => !_python.HasExited && !_soffice.HasExited;

    public static LibreOfficeInstance Start(LibreOfficeSetup setup)
    {
        var folder = Path.Combine(setup.TemporaryRoot, "policykit-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "convert.py");
        File.WriteAllText(script, setup.Script, ChildProcess.Utf8);
        var pipe = Path.GetFileName(folder);

        // Each instance needs its own profile: two instances sharing one refuse to start or corrupt it.
        var soffice = ChildProcess.Start(setup.Soffice,
            "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            $"--accept=pipe,name={pipe};urp;");
        try
        {
            var python = ChildProcess.Start(setup.Python, "-u", script, pipe);
            return new LibreOfficeInstance(folder, soffice, python);
        }
        catch
        {
            soffice.Kill(entireProcessTree: true);
            soffice.Dispose();
            throw;
        }
    }

    /// <summary>Converts one document; returns null on success, else LibreOffice's reason.</summary>
    public async Task<string?> ConvertAsync(string docx, string pdf, CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            // The script says "ready" once it has connected, which is when LibreOffice has finished starting.
            var greeting = await ReadLineAsync(cancellationToken);
            if (greeting != "ready")
            {
                return await StoppedReasonAsync("while starting");
            }

            _ready = true;
        }

        var request = JsonSerializer.Serialize(new Dictionary<string, string> { ["docx"] = Path.GetFullPath(docx), ["pdf"] = Path.GetFullPath(pdf) });
        try
        {
            await _python.StandardInput.WriteLineAsync(request.AsMemory(), cancellationToken);
            await _python.StandardInput.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            return await StoppedReasonAsync("before converting it");
        }

        var reply = await ReadLineAsync(cancellationToken);
        if (reply is null)
        {
            return await StoppedReasonAsync("while converting it");
        }

        using var json = JsonDocument.Parse(reply);
        return json.RootElement.GetProperty("ok").GetBoolean() ? null : json.RootElement.GetProperty("error").GetString() ?? "unknown error";
    }

    /// <summary>Stops both processes at once (timeout, cancellation, crash).</summary>
    public async Task KillAsync()
    {
        foreach (var process in new[] { _python, _soffice })
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }

        await WaitForExitAsync(TimeSpan.FromSeconds(10));
        await FolderProcesses.KillAllAsync(_folder);
    }

    /// <summary>Asks LibreOffice to quit (the script ends it when its input closes), then kills what is left.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _python.StandardInput.Close();
        }
        catch (IOException)
        {
            // The script already stopped.
        }

        if (!await WaitForExitAsync(TimeSpan.FromSeconds(10)))
        {
            await KillAsync();
        }

        await FolderProcesses.KillAllAsync(_folder);
        _python.Dispose();
        _soffice.Dispose();
        DeleteFolder();
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _python.StandardOutput.ReadLineAsync(cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task<string> StoppedReasonAsync(string when)
    {
        await KillAsync();
        var errors = await _pythonErrors.TextAsync();
        return $"LibreOffice stopped unexpectedly {when}" + (errors.Length > 0 ? $" ({errors})" : "");
    }

    private async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _python.WaitForExitAsync(timeout.Token);
            await _soffice.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void DeleteFolder()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file LibreOffice still held; the folder is under the temp path and holds no document.
        }
    }
}
