using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class MailOptionsTests
{
    [Fact]
    public void The_defaults_with_a_sender_are_valid() => Assert.Empty(new MailOptions { From = "policies@trust.example" }.Validate());

    [Fact]
    public void Each_bad_setting_is_named_by_its_configuration_key_without_the_password()
    {
        var options = new MailOptions
        {
            From = "policies",
            Host = "smtp://mail.example",
            Port = 0,
            UserName = "svc",
            Password = "",
            MaxConnections = 0,
            Attempts = 0,
            FirstRetryDelay = TimeSpan.Zero,
            Timeout = TimeSpan.Zero,
        };

        Assert.Equal(
            [
                "Mail:From must be a plain email address such as policies@trust.example (it is 'policies')",
                "Mail:Host must be a host name such as smtp.example.org, without a scheme or port (it is 'smtp://mail.example')",
                "Mail:Port must be between 1 and 65535 (it is 0)",
                "Mail:Password is required when Mail:UserName is set",
                "Mail:MaxConnections must be between 1 and 32 (it is 0)",
                "Mail:Attempts must be between 1 and 10 (it is 0)",
                "Mail:FirstRetryDelay must be more than 0 and at most 00:05:00 (it is 00:00:00)",
                "Mail:Timeout must be more than 0 and at most 00:10:00 (it is 00:00:00)",
            ],
            options.Validate());
    }

    [Fact]
    public void Without_a_host_mail_goes_to_the_pickup_folder()
    {
        var transport = MailTransports.Create(new MailOptions { From = "policies@trust.example" });

        Assert.IsType<PickupFolderTransport>(transport);
    }
}
