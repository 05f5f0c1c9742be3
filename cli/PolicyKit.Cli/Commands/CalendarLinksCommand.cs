using System.CommandLine;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Calendars;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit signoff calendar-links</c>: each school's secret calendar address, made the first time it is asked for.</summary>
internal static class CalendarLinksCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var storage = StorageOption.Connection();
        var container = StorageOption.Container();
        var serviceUrl = new Option<string?>("--service-url")
        {
            Description = "The sign-off service's address (its SignOff:PublicBaseUrl), to print whole addresses rather than paths.",
        };
        var command = new Command("calendar-links", "Print each school's secret address of its review calendar on the sign-off service, for Outlook, Google or Apple Calendar to subscribe to (publish first). The first time, each school's secret is made.")
        {
            storage, container, serviceUrl,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseText = parse.GetValue(serviceUrl);
            Uri? service = null;
            if (baseText is not null && !(Uri.TryCreate(baseText, UriKind.Absolute, out service) && service.Scheme is "https" or "http"))
            {
                stderr.WriteLine($"--service-url: '{baseText}' is not a web address; write it in full, e.g. https://policykit-signoff.azurewebsites.net/.");
                return ExitCodes.Usage;
            }

            if (StorageOption.Resolve(parse, storage, container, stderr) is not { } storageOptions)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var links = await CalendarFeeds.Connect(storageOptions, clock).LinksAsync(cancellationToken);
                if (links.Count == 0)
                {
                    stdout.WriteLine($"No school has a calendar in container '{storageOptions.Container}' yet: run 'policykit publish' first.");
                    return ExitCodes.Success;
                }

                foreach (var link in links)
                {
                    var address = service is null ? link.Path : new Uri(service, link.Path).AbsoluteUri;
                    stdout.WriteLine($"{link.School}: {address}{(link.IsNew ? " (new)" : string.Empty)}");
                }

                stdout.WriteLine("Anyone with an address can see that school's review dates: give it only to the people who need them.");
                return ExitCodes.Success;
            }
            catch (SignOffException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.ServiceFailed;
            }
        });
        return command;
    }
}
