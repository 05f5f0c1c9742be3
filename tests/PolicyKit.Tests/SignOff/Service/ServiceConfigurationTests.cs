using Microsoft.Extensions.Configuration;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>A bad setting stops start-up with a message that names it, every problem at once, and no secret in it.</summary>
public sealed class ServiceConfigurationTests
{
    private const string SecretKey = "c2VjcmV0LWFjY291bnQta2V5LXRoYXQtbXVzdC1uZXZlci1sZWFr";

    [Theory]
    [InlineData("Storage:ConnectionString", null)]
    [InlineData("Storage:ConnectionString", "   ")]
    [InlineData("Storage:ConnectionString", "this is not a connection string")]
    [InlineData("Mail:Port", "twenty-five")]
    [InlineData("Mail:Port", "70000")]
    [InlineData("Admin:KeyHash", null)]
    [InlineData("Admin:KeyHash", "plain-text-key")]
    [InlineData("SignOff:PublicBaseUrl", null)]
    [InlineData("SignOff:PublicBaseUrl", "policies.example.org")]
    [InlineData("SignOff:PublicBaseUrl", "ftp://policies.example.org/")]
    [InlineData("SignOff:PublicBaseUrl", "/sign")]
    [InlineData("Admin:TrustPlatformPrincipal", "yes")]
    [InlineData("Mail:Security", "Tls9")]
    [InlineData("SignOff:RecordKey", null)]
    [InlineData("SignOff:RecordKey", "c2hvcnQ=")]
    [InlineData("SignOff:RecordKey", "not base64 at all!")]
    public void A_bad_setting_stops_start_up_naming_that_setting(string key, string? value)
    {
        var settings = Valid();
        settings[key] = value;

        var error = Assert.Throws<ServiceConfigurationException>(() => Read(settings));

        var problem = Assert.Single(error.Problems);
        Assert.Contains(key, problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var settings = Valid();
        settings["Storage:ConnectionString"] = null;
        settings["Mail:Port"] = "abc";
        settings["Admin:KeyHash"] = null;
        settings["SignOff:PublicBaseUrl"] = "not a url";
        settings["Storage:Container"] = "Not_Valid";

        var error = Assert.Throws<ServiceConfigurationException>(() => Read(settings));

        Assert.Equal(5, error.Problems.Count);
        foreach (var key in new[] { "Storage:ConnectionString", "Mail:Port", "Admin:KeyHash", "SignOff:PublicBaseUrl", "Storage:Container" })
        {
            Assert.Contains(error.Problems, p => p.Contains(key, StringComparison.Ordinal));
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=brookfield;AccountKey=" + SecretKey + "!!;EndpointSuffix=core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=https;AccountKey=" + SecretKey + ";EndpointSuffix=core.windows.net")]
    [InlineData("AccountKey=" + SecretKey + ";garbage")]
    public void A_bad_connection_string_is_named_without_repeating_its_account_key(string connection)
    {
        var settings = Valid();
        settings["Storage:ConnectionString"] = connection;
        settings["Mail:Password"] = "smtp-" + SecretKey;
        settings["Mail:Port"] = "x";

        var error = Assert.Throws<ServiceConfigurationException>(() => Read(settings));

        Assert.Contains(error.Problems, p => p.StartsWith("Storage:ConnectionString", StringComparison.Ordinal));
        Assert.DoesNotContain(SecretKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_settings_are_read_as_given()
    {
        var settings = Read(Valid());

        Assert.Equal(587, settings.Mail.Port);
        Assert.Equal(new Uri("https://policies.example.org/"), settings.SignOff.PublicBaseUrl);
        Assert.False(settings.Admin.TrustPlatformPrincipal);
    }

    [Fact]
    public async Task The_keys_signoff_admin_key_and_record_key_print_are_accepted_by_the_service()
    {
        var (adminCode, adminOut, _) = await Support.CliRun.RunAsync("signoff", "admin-key");
        var (recordCode, recordOut, _) = await Support.CliRun.RunAsync("signoff", "record-key");

        Assert.Equal(0, adminCode);
        Assert.Equal(0, recordCode);
        var key = System.Text.RegularExpressions.Regex.Match(adminOut, @"not stored anywhere\): (\S+)").Groups[1].Value;
        var hash = System.Text.RegularExpressions.Regex.Match(adminOut, @"Admin:KeyHash \(put this in the service's configuration\):\s+(\S+)").Groups[1].Value;
        var recordKey = System.Text.RegularExpressions.Regex.Match(recordOut, @"verify command\): (\S+)").Groups[1].Value;
        Assert.True(AdminKey.Verify(key, hash), adminOut);
        var settings = Read(new Dictionary<string, string?>(Valid()) { ["Admin:KeyHash"] = hash, ["SignOff:RecordKey"] = recordKey });
        Assert.True(settings.SignOff.RecordKey.Length >= 32, recordOut);
        Assert.NotEqual(recordKey, (await Support.CliRun.RunAsync("signoff", "record-key")).Stdout.Split(": ")[^1].Trim());
    }

    [Fact]
    public void Without_a_from_name_emails_come_from_the_school_s_name()
    {
        var settings = Read(Valid());
        var composer = new PolicyKit.SignOff.Mail.MailComposer(PolicyKit.SignOff.Mail.EmailTemplates.BuiltIn(), settings.Mail, TimeProvider.System);

        var message = composer.ComposeInvitation(PolicyKit.SignOff.Mail.EmailSamples.Invitation());

        Assert.Null(settings.Mail.FromName);
        var from = Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(PolicyKit.SignOff.Mail.EmailSamples.Invitation().School.Name, from.Name);
        Assert.Equal("policies@brookfield.example", from.Address);

        var named = Read(new Dictionary<string, string?>(Valid()) { ["Mail:FromName"] = "Brookfield policies" });
        Assert.Equal("Brookfield policies", named.Mail.FromName);
    }

    private static ServiceOptions Read(Dictionary<string, string?> settings) =>
        ServiceOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Mail:Host"] = "smtp.example.org",
        ["Mail:Port"] = "587",
        ["Mail:From"] = "policies@brookfield.example",
        ["SignOff:PublicBaseUrl"] = "https://policies.example.org/",
        ["Admin:KeyHash"] = AdminKey.Hash("pk_configuration-test-key"),
        ["SignOff:RecordKey"] = SignOffAppFactory.RecordKeyValue,
    };
}
