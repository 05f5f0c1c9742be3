using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PolicyKit.Cli.Local;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKit.Tests.Cli.Local;

/// <summary>The local Azurite and maildev the sign-off tests run against, and the tools to break them on purpose.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class LocalServicesTests(LocalServicesFixture services, ITestOutputHelper output)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Azurite_keeps_a_created_blob_and_refuses_a_second_create()
    {
        output.WriteLine($"Azurite and maildev started in {services.StartupTime.TotalSeconds:0.00} s.");
        var store = SignOffStore.Connect(services.NewStorageOptions());
        await store.EnsureContainerAsync(CancellationToken.None);

        Assert.True(await store.TryCreateAsync("evidence/1.json", BinaryData.FromString("{\"n\":1}"), "application/json", null, CancellationToken.None));
        Assert.False(await store.TryCreateAsync("evidence/1.json", BinaryData.FromString("{\"n\":2}"), "application/json", null, CancellationToken.None));

        var kept = await store.ReadAsync("evidence/1.json", CancellationToken.None);
        Assert.Equal("{\"n\":1}", kept?.Content.ToString());
    }

    [Fact]
    public async Task Storage_behind_a_cut_connection_is_transient_and_works_again_after_restore()
    {
        await using var proxy = new TcpFaultProxy(LocalServices.Host, services.BlobPort);
        var store = SignOffStore.Connect(new StorageOptions
        {
            ConnectionString = LocalServices.AzuriteConnectionString(proxy.Port),
            Container = LocalServicesFixture.NewContainerName(),
            MaxRetries = 0,
            NetworkTimeout = TimeSpan.FromSeconds(2),
        });
        await store.EnsureContainerAsync(CancellationToken.None);
        Assert.True(await store.TryCreateAsync("a.json", BinaryData.FromString("{}"), "application/json", null, CancellationToken.None));

        // The client now holds an open connection through the proxy: the cut drops it, and reconnecting is refused.
        proxy.Cut();
        var failure = await Assert.ThrowsAsync<SignOffException>(() =>
            store.TryCreateAsync("b.json", BinaryData.FromString("{}"), "application/json", null, CancellationToken.None));
        Assert.True(failure.IsTransient, failure.ToString());

        proxy.Restore();
        Assert.True(await store.TryCreateAsync("b.json", BinaryData.FromString("{}"), "application/json", null, CancellationToken.None));
        Assert.True(await store.ExistsAsync("a.json", CancellationToken.None));
        Assert.True(proxy.AcceptedConnections >= 2);
    }

    [Fact]
    public async Task Mail_sent_to_maildev_appears_in_its_inbox_with_its_attachment()
    {
        var to = LocalServicesFixture.NewAddress("head");
        var message = new MimeMessage { Subject = "Please sign the acceptable use policy" };
        message.From.Add(new MailboxAddress("PolicyKit", "policykit@trust.example"));
        message.To.Add(new MailboxAddress("Hana Head", to));
        var body = new BodyBuilder { HtmlBody = "<p>Sign <a href=\"https://example.test/s/1\">here</a>.</p>", TextBody = "Sign at https://example.test/s/1" };
        body.Attachments.Add("acceptable-use.pdf", "%PDF-1.7 test"u8.ToArray(), new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();

        using (var smtp = new SmtpClient())
        {
            await smtp.ConnectAsync(services.SmtpHost, services.SmtpPort, SecureSocketOptions.None);
            await smtp.SendAsync(message);
            await smtp.DisconnectAsync(quit: true);
        }

        var received = Assert.Single(await services.Maildev.WaitForAsync(list => list.Count > 0, MailWait, to));
        Assert.Equal("Please sign the acceptable use policy", received.Subject);
        Assert.Equal([to], received.To);
        Assert.Equal(["policykit@trust.example"], received.From);
        Assert.Equal($"<{message.MessageId}>", received.MessageId);
        Assert.Contains("https://example.test/s/1", await services.Maildev.GetHtmlAsync(received.Id));
        var attachment = Assert.Single(received.Attachments);
        Assert.Equal(("acceptable-use.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        Assert.Equal("%PDF-1.7 test"u8.ToArray(), await services.Maildev.GetAttachmentAsync(received.Id, attachment.GeneratedFileName));
    }

    [Fact]
    public async Task Smtp_connect_fails_while_maildev_is_stopped_and_works_after_it_starts_again()
    {
        try
        {
            await services.Services.StopMaildevAsync();
            using (var down = new SmtpClient { Timeout = 5000 })
            {
                await Assert.ThrowsAnyAsync<SocketException>(() => down.ConnectAsync(services.SmtpHost, services.SmtpPort, SecureSocketOptions.None));
            }
        }
        finally
        {
            await services.Services.StartMaildevAsync(CancellationToken.None);
        }

        using var up = new SmtpClient { Timeout = 5000 };
        await up.ConnectAsync(services.SmtpHost, services.SmtpPort, SecureSocketOptions.None);
        Assert.True(up.IsConnected);
        await up.DisconnectAsync(quit: true);
        _ = await services.Maildev.ListAsync();
    }
}
