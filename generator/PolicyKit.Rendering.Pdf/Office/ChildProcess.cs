using System.Diagnostics;
using System.Text;

namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>Starts a child with every stream redirected, so that nothing it prints reaches the build's console.</summary>
internal static class ChildProcess
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Process Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Paths in the JSON lines may hold any character; the C locale would make Python read them as ASCII.
        start.Environment["PYTHONUTF8"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
    }
}
