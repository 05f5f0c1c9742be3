using PolicyKit.Bench.Generation;
using PolicyKit.Bench.Pdf;

namespace PolicyKit.Bench;

/// <summary>Parses the command line and runs a command: <c>generate</c> or <c>pdf</c>.</summary>
internal static class BenchCommandLine
{
    private const string Usage =
        "Usage: PolicyKit.Bench generate --out DIR [--schools 50] [--policies 40] [--seed 20261123] [--repo DIR]\n" +
        "       PolicyKit.Bench pdf --in DIR --out DIR [--instances N] [--batch-size 25]\n" +
        "       PolicyKit.Bench redline [BenchmarkDotNet options, such as --filter '*Compare*']\n" +
        "       PolicyKit.Bench signoff --repo DIR [--people 10000] [--signers 500] [--concurrency 16] [--smtp-connections 4] [--smtp maildev|sink] [--scenario send|chase]\n" +
        "generate writes a synthetic trust (trust.yaml, schools, policies, overrides) for timing 'policykit build'.\n" +
        "pdf converts every .docx under --in to PDF with PolicyKit's converter and prints the time (see bench/pdf).\n" +
        "redline times a redline of a 60-clause policy with BenchmarkDotNet (see bench/redline).\n" +
        "signoff sends a round's invitations to a local maildev and times signing through the service, or with --scenario chase\n" +
        "times the reminders to a whole round that has not signed (see bench/signoff).";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? BenchExitCodes.Usage : BenchExitCodes.Success;
        }

        if (args[0] == "pdf")
        {
            if (!PdfBenchOptions.TryParse(args.AsSpan(1), out var pdfOptions, out var pdfError))
            {
                stderr.WriteLine($"error: {pdfError}");
                stderr.WriteLine(Usage);
                return BenchExitCodes.Usage;
            }

            return PdfBench.Run(pdfOptions, stdout, stderr);
        }

        if (args[0] == "redline")
        {
            return Redline.RedlineBenchRunner.Run(args[1..]);
        }

        if (args[0] == "signoff")
        {
            if (!SignOff.SignOffBenchOptions.TryParse(args.AsSpan(1), out var signOffOptions, out var signOffError))
            {
                stderr.WriteLine($"error: {signOffError}");
                stderr.WriteLine(Usage);
                return BenchExitCodes.Usage;
            }

            return (signOffOptions.Scenario == "chase" ? SignOff.ChaseBench.RunAsync(signOffOptions, stdout) : SignOff.SignOffBench.RunAsync(signOffOptions, stdout)).GetAwaiter().GetResult();
        }

        if (args[0] != "generate")
        {
            stderr.WriteLine($"error: unknown command '{args[0]}'.");
            stderr.WriteLine(Usage);
            return BenchExitCodes.Usage;
        }

        if (!GenerateOptions.TryParse(args.AsSpan(1), out var options, out var error))
        {
            stderr.WriteLine($"error: {error}");
            stderr.WriteLine(Usage);
            return BenchExitCodes.Usage;
        }

        try
        {
            var summary = SyntheticTrustGenerator.Generate(options);
            stdout.WriteLine(summary);
            return BenchExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return BenchExitCodes.OutputFailed;
        }
    }
}
