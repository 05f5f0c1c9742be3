using System.Globalization;
using Microsoft.Extensions.Configuration;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Every setting the service needs, read from appsettings and environment variables (Storage__ConnectionString and
/// so on) and checked together, so one start-up names every problem at once. Each default lives in its options
/// type: a key that is not set keeps that type's own value.
/// </summary>
internal sealed record ServiceOptions(StorageOptions Storage, MailOptions Mail, SignOffOptions SignOff, AdminOptions Admin, RateLimitOptions RateLimits, HostingOptions Hosting)
{
    /// <exception cref="ServiceConfigurationException">A setting is missing or invalid; the exception names every one.</exception>
    public static ServiceOptions Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var options = Bind(configuration, problems);
        if (problems.Count > 0)
        {
            throw new ServiceConfigurationException(problems);
        }

        return options;
    }

    /// <summary>The options as configured, each key not set left at its default.</summary>
    /// <param name="problems">Receives one message per missing or invalid setting, naming its key.</param>
    internal static ServiceOptions Bind(IConfiguration configuration, List<string> problems)
    {
        var reader = new SettingReader(configuration, problems);

        var storage = new StorageOptions
        {
            ConnectionString = reader.Required("Storage:ConnectionString", "an Azure Storage connection string, or UseDevelopmentStorage=true for a local Azurite") ?? "",
        };
        storage = storage with
        {
            Container = reader.Text("Storage:Container") ?? storage.Container,
            MaxRetries = reader.Integer("Storage:MaxRetries") ?? storage.MaxRetries,
            NetworkTimeout = reader.Seconds("Storage:NetworkTimeoutSeconds") ?? storage.NetworkTimeout,
        };
        problems.AddRange(storage.Validate());

        var mail = new MailOptions { From = reader.Text("Mail:From") ?? "" };
        mail = mail with
        {
            Host = reader.Text("Mail:Host"),
            Port = reader.Integer("Mail:Port") ?? mail.Port,
            Security = reader.Enum<MailSecurity>("Mail:Security") ?? mail.Security,
            UserName = reader.Text("Mail:UserName"),
            Password = reader.Text("Mail:Password"),
            FromName = reader.Text("Mail:FromName"),
            PickupDirectory = reader.Text("Mail:PickupDirectory") ?? mail.PickupDirectory,
            MaxConnections = reader.Integer("Mail:MaxConnections") ?? mail.MaxConnections,
            Attempts = reader.Integer("Mail:Attempts") ?? mail.Attempts,
            FirstRetryDelay = reader.Milliseconds("Mail:FirstRetryDelayMilliseconds") ?? mail.FirstRetryDelay,
            Timeout = reader.Seconds("Mail:TimeoutSeconds") ?? mail.Timeout,
            PollInterval = reader.Seconds("Mail:PollSeconds") ?? mail.PollInterval,
        };
        problems.AddRange(mail.Validate());

        var baseUrl = reader.Required("SignOff:PublicBaseUrl", "the address people open sign links at, e.g. https://policies.example.org/");
        Uri.TryCreate(baseUrl ?? "", UriKind.Absolute, out var uri);
        if (baseUrl is not null && uri is null)
        {
            problems.Add($"SignOff:PublicBaseUrl must be an absolute http(s) address (it is '{baseUrl}').");
        }

        // A missing or unusable address has been named above; the stand-in lets every other SignOff setting be checked too.
        var signOff = new SignOffOptions { PublicBaseUrl = uri ?? new Uri("http://invalid.invalid/") };
        signOff = signOff with
        {
            LinkLifetimeDays = reader.Integer("SignOff:LinkLifetimeDays") ?? signOff.LinkLifetimeDays,
            StorageParallelism = reader.Integer("SignOff:StorageParallelism") ?? signOff.StorageParallelism,
            RecordKey = RecordKeys.Read(reader.Text("SignOff:RecordKey")),
            ReminderSchedule = reader.Text("SignOff:ReminderSchedule") ?? signOff.ReminderSchedule,
            RatificationReminderDays = reader.Integer("SignOff:RatificationReminderDays") ?? signOff.RatificationReminderDays,
        };
        problems.AddRange(signOff.Validate());

        var admin = new AdminOptions();
        admin = admin with
        {
            KeyHash = reader.Text("Admin:KeyHash"),
            TrustPlatformPrincipal = reader.Boolean("Admin:TrustPlatformPrincipal") ?? admin.TrustPlatformPrincipal,
            PlatformRole = reader.Text("Admin:PlatformRole") ?? admin.PlatformRole,
        };
        problems.AddRange(admin.Validate());

        var limits = new RateLimitOptions();
        limits = limits with
        {
            SignRequestsPerMinute = reader.Integer("RateLimits:SignRequestsPerMinute") ?? limits.SignRequestsPerMinute,
            UnknownLinksPerWindow = reader.Integer("RateLimits:UnknownLinksPerWindow") ?? limits.UnknownLinksPerWindow,
            UnknownLinkWindow = reader.Minutes("RateLimits:UnknownLinkWindowMinutes") ?? limits.UnknownLinkWindow,
        };

        var hosting = new HostingOptions();
        hosting = hosting with
        {
            CustomHandler = reader.Boolean("Hosting:CustomHandler") ?? hosting.CustomHandler,
            TrustForwardedHeaders = reader.Boolean("Hosting:TrustForwardedHeaders") ?? hosting.TrustForwardedHeaders,
        };

        return new ServiceOptions(storage, mail, signOff, admin, limits, hosting);
    }

    /// <summary>Reads one key at a time; a value that cannot be read is a problem naming the key, and counts as not set.</summary>
    private sealed class SettingReader(IConfiguration configuration, List<string> problems)
    {
        public string? Text(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

        public string? Required(string key, string what)
        {
            var value = Text(key);
            if (value is null)
            {
                problems.Add($"{key} is missing: set it to {what} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).");
            }

            return value;
        }

        public int? Integer(string key)
        {
            var value = Text(key);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            problems.Add($"{key} must be a whole number (it is '{value}').");
            return null;
        }

        public TimeSpan? Milliseconds(string key) => Integer(key) is { } number ? TimeSpan.FromMilliseconds(number) : null;

        public TimeSpan? Seconds(string key) => Integer(key) is { } number ? TimeSpan.FromSeconds(number) : null;

        public TimeSpan? Minutes(string key) => Integer(key) is { } number ? TimeSpan.FromMinutes(number) : null;

        public bool? Boolean(string key)
        {
            var value = Text(key);
            if (value is null)
            {
                return null;
            }

            if (bool.TryParse(value, out var flag))
            {
                return flag;
            }

            problems.Add($"{key} must be true or false (it is '{value}').");
            return null;
        }

        public T? Enum<T>(string key)
            where T : struct, Enum
        {
            var value = Text(key);
            if (value is null)
            {
                return null;
            }

            if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
            {
                return parsed;
            }

            problems.Add($"{key} must be one of {string.Join(", ", System.Enum.GetNames<T>())} (it is '{value}').");
            return null;
        }
    }
}
