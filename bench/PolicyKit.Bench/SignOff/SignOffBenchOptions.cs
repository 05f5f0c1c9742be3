using System.Globalization;

namespace PolicyKit.Bench.SignOff;

/// <param name="Smtp">"maildev" (stores and parses every message, as in the tests) or "sink" (Postfix's smtp-sink, a server made for benchmarking SMTP clients).</param>
/// <param name="Scenario">"send" (invitations, then signing) or "chase" (reminders to a whole round that has not signed).</param>
internal sealed record SignOffBenchOptions(string RepositoryRoot, int People, int Signers, int Concurrency, int SmtpConnections, string Smtp, string Scenario = "send")
{
    public static bool TryParse(ReadOnlySpan<string> args, out SignOffBenchOptions options, out string error)
    {
        options = new SignOffBenchOptions(".", 10_000, 500, 16, 4, "maildev");
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

            if (args[i] is "--scenario" or "--smtp")
            {
                string[] allowed = args[i] == "--smtp" ? ["maildev", "sink"] : ["send", "chase"];
                if (!allowed.Contains(value))
                {
                    error = $"{args[i]} must be {string.Join(" or ", allowed)} (it is '{value}').";
                    return false;
                }

                options = args[i] == "--smtp" ? options with { Smtp = value } : options with { Scenario = value };
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
