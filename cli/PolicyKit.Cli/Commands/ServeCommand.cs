using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicyKit.Cli.Local;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;
using PolicyKit.Generator.Building;
using PolicyKit.SignOff;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// Runs the sign-off service on this machine. Settings come from the environment as in production
/// (Storage__ConnectionString, Mail__Host, ...); whatever is not set is filled in locally: Azurite for storage and
/// maildev for mail (installed on first use and bound to 127.0.0.1), a fresh admin key, and the trust's documents
/// published into the local storage so the dashboard has something to show.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "The port to serve on (127.0.0.1 only).", DefaultValueFactory = _ => 7071 };
        var policies = CommonOptions.Policies();
        var output = CommonOptions.Output("The build's output folder, published into local storage.");
        var command = new Command("serve", "Run the sign-off service locally: admin dashboard, sign pages and email, with a local Azurite and maildev unless storage and mail are configured.")
        {
            port, policies, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(port), parse.GetValue(policies)!, parse.GetValue(output)!, clock, stdout, stderr, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int port, string policies, string output, TimeProvider clock, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var storageConfigured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Storage__ConnectionString"));
        var mailConfigured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Mail__Host"));
        LocalServices? local = null;
        try
        {
            if (!storageConfigured || !mailConfigured)
            {
                stdout.WriteLine("Starting a local Azurite (storage) and maildev (mail) on 127.0.0.1...");
                local = await LocalServices.StartAsync(LocalServicesOptions.Serve, cancellationToken);
            }

            var settings = new Dictionary<string, string?>
            {
                ["SignOff:PublicBaseUrl"] = Environment.GetEnvironmentVariable("SignOff__PublicBaseUrl") ?? $"http://127.0.0.1:{port}/",
            };
            if (!storageConfigured)
            {
                settings["Storage:ConnectionString"] = local!.StorageConnectionString;
            }

            if (!mailConfigured)
            {
                settings["Mail:Host"] = local!.SmtpHost;
                settings["Mail:Port"] = local.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
                settings["Mail:Security"] = "None";
                settings["Mail:From"] = Environment.GetEnvironmentVariable("Mail__From") ?? "policies@trust.localhost";
            }

            string? adminKey = null;
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Admin__KeyHash")))
            {
                adminKey = AdminKey.Create();
                settings["Admin:KeyHash"] = AdminKey.Hash(adminKey);
            }

            // The record key signs every decision. The local storage lasts one run, and so may its key; configured
            // storage outlives the run, so it needs a configured key (the service names the setting if it is missing).
            if (!storageConfigured && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SignOff__RecordKey")))
            {
                settings["SignOff:RecordKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            }

            if (!storageConfigured && Directory.Exists(policies))
            {
                stdout.WriteLine($"Publishing {policies}/ into the local storage...");
                var build = BuildDefaults.ForPublishing(policies, CommonOptions.Today(null, clock), output);
                var storage = new SignOff.Storage.StorageOptions { ConnectionString = local!.StorageConnectionString };
                var published = await PublishCommand.RunAsync(build, storage, Path.Combine("templates", "email"), clock, stdout, stderr, cancellationToken);
                if (published != ExitCodes.Success)
                {
                    return published;
                }
            }

            var builder = SignOffApp.CreateBuilder([]);
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            await using var app = SignOffApp.Build(builder);
            await app.StartAsync(cancellationToken);

            stdout.WriteLine();
            stdout.WriteLine($"Dashboard:  http://127.0.0.1:{port}/admin");
            if (adminKey is not null)
            {
                stdout.WriteLine($"Admin key:  {adminKey}   (new each run; set Admin__KeyHash to keep one)");
            }

            if (local is not null && !mailConfigured)
            {
                stdout.WriteLine($"Inbox:      {local.InboxUrl}   (every email the service sends lands here)");
            }

            if (local is not null && !storageConfigured)
            {
                stdout.WriteLine($"Storage:    export {StorageOption.EnvironmentVariable}=\"{local.StorageConnectionString}\"   (for publish, roster import and signoff verify)");
            }

            stdout.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (ServiceConfigurationException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        catch (SignOffException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.ServiceFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        finally
        {
            if (local is not null)
            {
                await local.DisposeAsync();
            }
        }
    }
}
