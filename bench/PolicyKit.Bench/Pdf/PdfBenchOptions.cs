using System.Globalization;

namespace PolicyKit.Bench.Pdf;

/// <summary>Which .docx files to convert, where the PDFs go, and how LibreOffice runs.</summary>
internal sealed record PdfBenchOptions(string InputRoot, string OutputRoot, int Instances, int BatchSize)
{
    public static bool TryParse(ReadOnlySpan<string> args, out PdfBenchOptions options, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        options = new PdfBenchOptions("", "", 0, 0);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--in" or "--out" or "--instances" or "--batch-size") || i + 1 >= args.Length)
            {
                error = $"unexpected argument '{args[i]}'.";
                return false;
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--in", out var input) || !values.TryGetValue("--out", out var output))
        {
            error = "--in DIR and --out DIR are required.";
            return false;
        }

        int? Number(string key) =>
            !values.TryGetValue(key, out var text) ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n
            : throw new FormatException($"{key} must be a whole number of at least 1.");

        try
        {
            options = new PdfBenchOptions(input, output, Number("--instances") ?? Environment.ProcessorCount, Number("--batch-size") ?? 25);
            error = "";
            return true;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
