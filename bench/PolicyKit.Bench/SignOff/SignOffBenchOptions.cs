using System.Globalization;

namespace PolicyKit.Bench.SignOff;

internal sealed record SignOffBenchOptions(string RepositoryRoot, int People, int Signers, int Concurrency, int SmtpConnections)
{
    public static bool TryParse(ReadOnlySpan<string> args, out SignOffBenchOptions options, out string error)
    {
        options = new SignOffBenchOptions(".", 10_000, 500, 16, 4);
        error = "";
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                error = $"{args[i]} needs a value.";
                return false;
            }

            var value = args[i + 1];
            if (args[i] == "--repo")
            {
                options = options with { RepositoryRoot = value };
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                error = $"{args[i]} must be a positive whole number (it is '{value}').";
                return false;
            }

            switch (args[i])
            {
                case "--people": options = options with { People = number }; break;
                case "--signers": options = options with { Signers = number }; break;
                case "--concurrency": options = options with { Concurrency = number }; break;
                case "--smtp-connections": options = options with { SmtpConnections = number }; break;
                default: error = $"unknown option '{args[i]}'."; return false;
            }
        }

        if (options.Signers > options.People)
        {
            error = "--signers cannot be more than --people.";
            return false;
        }

        return true;
    }
}
