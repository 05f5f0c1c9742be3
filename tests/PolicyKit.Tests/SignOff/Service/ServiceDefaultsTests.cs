using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PolicyKit.Functions.Hosting;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// Each default lives in one options type, and docs/sign-off.md says what it is: an empty configuration asks only for
/// the required settings and leaves every other one at the value the Configuration table documents.
/// </summary>
public sealed partial class ServiceDefaultsTests
{
    private static readonly string[] Required = ["Storage:ConnectionString", "Mail:From", "SignOff:PublicBaseUrl", "SignOff:RecordKey", "Admin:KeyHash"];

    /// <summary>What the service runs with for each setting that has a default, written as the docs write it.</summary>
    private static readonly Dictionary<string, Func<ServiceOptions, object>> Defaults = new(StringComparer.Ordinal)
    {
        ["Storage:Container"] = o => o.Storage.Container,
        ["Storage:MaxRetries"] = o => o.Storage.MaxRetries,
        ["Storage:NetworkTimeoutSeconds"] = o => o.Storage.NetworkTimeout.TotalSeconds,
        ["SignOff:LinkLifetimeDays"] = o => o.SignOff.LinkLifetimeDays,
        ["SignOff:ReminderSchedule"] = o => o.SignOff.ReminderSchedule,
        ["SignOff:RatificationReminderDays"] = o => o.SignOff.RatificationReminderDays,
        ["SignOff:StorageParallelism"] = o => o.SignOff.StorageParallelism,
        ["Mail:Host"] = o => o.Mail.Host ?? "none",
        ["Mail:Port"] = o => o.Mail.Port,
        ["Mail:Security"] = o => o.Mail.Security,
        ["Mail:PickupDirectory"] = o => o.Mail.PickupDirectory,
        ["Mail:MaxConnections"] = o => o.Mail.MaxConnections,
        ["Mail:PollSeconds"] = o => o.Mail.PollInterval.TotalSeconds,
        ["Mail:Attempts"] = o => o.Mail.Attempts,
        ["Mail:FirstRetryDelayMilliseconds"] = o => o.Mail.FirstRetryDelay.TotalMilliseconds,
        ["Mail:TimeoutSeconds"] = o => o.Mail.Timeout.TotalSeconds,
        ["Admin:TrustPlatformPrincipal"] = o => o.Admin.TrustPlatformPrincipal,
        ["Admin:PlatformRole"] = o => o.Admin.PlatformRole,
        ["RateLimits:SignRequestsPerMinute"] = o => o.RateLimits.SignRequestsPerMinute,
        ["RateLimits:UnknownLinksPerWindow"] = o => o.RateLimits.UnknownLinksPerWindow,
        ["RateLimits:UnknownLinkWindowMinutes"] = o => o.RateLimits.UnknownLinkWindow.TotalMinutes,
        ["Hosting:TrustForwardedHeaders"] = o => o.Hosting.TrustForwardedHeaders,
        ["Hosting:CustomHandler"] = o => o.Hosting.CustomHandler,
    };

    [Fact]
    public void An_empty_configuration_asks_only_for_the_required_settings()
    {
        var problems = new List<string>();

        ServiceOptions.Bind(new ConfigurationBuilder().Build(), problems);

        Assert.Equal(Required.Length, problems.Count);
        foreach (var key in Required)
        {
            Assert.Single(problems, p => p.StartsWith(key + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_empty_configuration_leaves_every_other_setting_at_its_documented_default()
    {
        var options = ServiceOptions.Bind(new ConfigurationBuilder().Build(), []);
        var documented = DocumentedDefaults();

        foreach (var (key, actual) in Defaults)
        {
            Assert.True(documented.TryGetValue(key, out var expected), $"docs/sign-off.md does not give {key}'s default.");
            Assert.Equal((key, expected), (key, Text(actual(options))));
        }

        foreach (var key in Required)
        {
            Assert.StartsWith("required", documented.GetValueOrDefault(key) ?? $"{key} is not documented", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_documented_default_is_one_the_service_reads()
    {
        var documented = DocumentedDefaults().Keys;

        Assert.Empty(documented.Except(Defaults.Keys).Except(Required).Except(["Mail:UserName", "Mail:Password", "Mail:FromName"]));
    }

    private static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        double number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    /// <summary>Each key in the Configuration table with its default; a row naming several keys gives their defaults in order.</summary>
    private static Dictionary<string, string> DocumentedDefaults()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "sign-off.md"));
        var table = text[text.IndexOf("## Configuration", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var keys = SettingKey().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList();
            var values = cells[2].Trim().Replace("`", "", StringComparison.Ordinal).Split(", ");
            for (var i = 0; i < keys.Count; i++)
            {
                defaults[keys[i]] = values.Length == keys.Count ? values[i] : values[0];
            }
        }

        return defaults;
    }

    [GeneratedRegex("`([A-Za-z]+:[A-Za-z]+)`")]
    private static partial Regex SettingKey();
}
