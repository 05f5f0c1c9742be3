using System.Globalization;
using Microsoft.Extensions.Configuration;
using PolicyKit.Functions.Admin;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Every setting the service needs, read from appsettings and environment variables (Storage__ConnectionString and
/// so on) and checked together, so one start-up names every problem at once.
/// </summary>
internal sealed record ServiceSettings(StorageOptions Storage, MailOptions Mail, SignOffOptions SignOff, AdminSettings Admin, RateLimitSettings RateLimits)
{
    public static ServiceSettings Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var reader = new SettingReader(configuration, problems);

        var connection = reader.Required("Storage:ConnectionString", "an Azure Storage connection string, or UseDevelopmentStorage=true for a local Azurite");
        var container = reader.Text("Storage:Container") ?? "policykit";
        if (container.Length is < 3 or > 63 || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add($"Storage:Container must be 3 to 63 lower-case letters, digits or hyphens (it is '{container}').");
        }

        // Few retries and a short timeout make an outage show as "storage unavailable" quickly instead of a long hang.
        var storage = new StorageOptions
        {
            ConnectionString = connection ?? "",
            Container = container,
            MaxRetries = reader.Integer("Storage:MaxRetries", 3),
            NetworkTimeout = TimeSpan.FromSeconds(reader.Integer("Storage:NetworkTimeoutSeconds", 20)),
        };
        if (storage.MaxRetries is < 0 or > 10)
        {
            problems.Add($"Storage:MaxRetries must be between 0 and 10 (it is {storage.MaxRetries}).");
        }

        if (storage.NetworkTimeout <= TimeSpan.Zero)
        {
            problems.Add($"Storage:NetworkTimeoutSeconds must be at least 1 (it is {storage.NetworkTimeout.TotalSeconds}).");
        }
        if (connection is not null)
        {
            try
            {
                SignOffStore.Connect(storage);
            }
            catch (SignOffException ex)
            {
                problems.Add($"Storage:ConnectionString: {ex.Message}");
            }
        }

        var mail = new MailOptions
        {
            Host = reader.Text("Mail:Host"),
            Port = reader.Integer("Mail:Port", 25),
            Security = reader.Enum("Mail:Security", MailSecurity.Auto),
            UserName = reader.Text("Mail:UserName"),
            Password = reader.Text("Mail:Password"),
            From = reader.Text("Mail:From") ?? "",
            FromName = reader.Text("Mail:FromName"),
            PickupDirectory = reader.Text("Mail:PickupDirectory") ?? Path.Combine(".run", "mail-pickup"),
            MaxConnections = reader.Integer("Mail:MaxConnections", 4),
            Attempts = reader.Integer("Mail:Attempts", 4),
            FirstRetryDelay = TimeSpan.FromMilliseconds(reader.Integer("Mail:FirstRetryDelayMilliseconds", 1000)),
            Timeout = TimeSpan.FromSeconds(reader.Integer("Mail:TimeoutSeconds", 30)),
        };
        problems.AddRange(mail.Validate());

        var baseUrl = reader.Required("SignOff:PublicBaseUrl", "the address people open sign links at, e.g. https://policies.example.org/");
        var signOff = new SignOffOptions
        {
            PublicBaseUrl = Uri.TryCreate(baseUrl ?? "", UriKind.Absolute, out var uri) ? uri : new Uri("http://invalid.invalid/"),
            LinkLifetimeDays = reader.Integer("SignOff:LinkLifetimeDays", 30),
            RecordKey = RecordKeys.Read(reader.Text("SignOff:RecordKey")),
            ReminderSchedule = reader.Text("SignOff:ReminderSchedule") ?? ChaseSchedule.Default,
        };
        if (baseUrl is not null && uri is null)
        {
            problems.Add($"SignOff:PublicBaseUrl must be an absolute http(s) address (it is '{baseUrl}').");
        }
        else if (baseUrl is not null)
        {
            problems.AddRange(signOff.Validate());
        }

        if ((baseUrl is null || uri is null) && ChaseSchedule.TryParse(signOff.ReminderSchedule, out var scheduleProblem) is null)
        {
            problems.Add(scheduleProblem!);
        }

        var admin = new AdminSettings(reader.Text("Admin:KeyHash"), reader.Boolean("Admin:TrustPlatformPrincipal"), reader.Text("Admin:PlatformRole") ?? "policykit-admin");
        if (admin.KeyHash is null && !admin.TrustPlatformPrincipal)
        {
            problems.Add("Admin:KeyHash is missing: run 'policykit signoff admin-key' and set the hash it prints (or set Admin:TrustPlatformPrincipal=true behind App Service authentication).");
        }
        else if (admin.KeyHash is not null && !AdminKey.IsValidHash(admin.KeyHash))
        {
            problems.Add("Admin:KeyHash is not a hash made by 'policykit signoff admin-key' (it should start with 'pbkdf2-sha256$').");
        }

        var limits = new RateLimitSettings(
            reader.Integer("RateLimits:SignRequestsPerMinute", 600),
            reader.Integer("RateLimits:UnknownLinksPerWindow", 20),
            TimeSpan.FromMinutes(reader.Integer("RateLimits:UnknownLinkWindowMinutes", 15)));

        if (problems.Count > 0)
        {
            throw new ServiceConfigurationException(problems);
        }

        return new ServiceSettings(storage, mail, signOff, admin, limits);
    }

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

        public int Integer(string key, int fallback)
        {
            var value = Text(key);
            if (value is null)
            {
                return fallback;
            }

            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            problems.Add($"{key} must be a whole number (it is '{value}').");
            return fallback;
        }

        public bool Boolean(string key)
        {
            var value = Text(key);
            if (value is null)
            {
                return false;
            }

            if (bool.TryParse(value, out var flag))
            {
                return flag;
            }

            problems.Add($"{key} must be true or false (it is '{value}').");
            return false;
        }

        public T Enum<T>(string key, T fallback)
            where T : struct, Enum
        {
            var value = Text(key);
            if (value is null)
            {
                return fallback;
            }

            if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
            {
                return parsed;
            }

            problems.Add($"{key} must be one of {string.Join(", ", System.Enum.GetNames<T>())} (it is '{value}').");
            return fallback;
        }
    }
}
