using MimeKit;
using PolicyKit.SignOff.Mail;

namespace PolicyKit.Tests.SignOff.Mail;

public sealed class PickupFolderTransportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pk-pickup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Writes_one_eml_per_message_and_nothing_more_when_a_message_is_sent_again()
    {
        var composer = new MailComposer(EmailTemplates.BuiltIn(), MailSamples.Options);
        await using var transport = new PickupFolderTransport(_directory);
        var first = composer.ComposeInvitation(MailSamples.Invitation());
        var second = composer.ComposeInvitation(MailSamples.Invitation() with { MessageId = "inv-r-1-s102@policykit.oak-trust.example" });

        await transport.SendAsync(first, CancellationToken.None);
        await transport.SendAsync(second, CancellationToken.None);
        await transport.SendAsync(composer.ComposeInvitation(MailSamples.Invitation("Changed")), CancellationToken.None);

        var files = Directory.GetFiles(_directory).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["inv-r-1-s101@policykit.oak-trust.example.eml", "inv-r-1-s102@policykit.oak-trust.example.eml"], files);
        var written = await MimeMessage.LoadAsync(Path.Combine(_directory, files[0]));
        Assert.Equal("Please read and sign: Acceptable Use Policy", written.Subject);
        Assert.StartsWith("Dear Jo Smith,", written.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc@host.example", "abc@host.example.eml")]
    [InlineData("<abc@host.example>", "abc@host.example.eml")]
    public void File_names_are_the_message_id(string messageId, string expected) =>
        Assert.Equal(expected, PickupFolderTransport.FileName(messageId));

    [Fact]
    public void Ids_with_characters_a_file_system_refuses_get_a_hash_that_keeps_them_apart()
    {
        var a = PickupFolderTransport.FileName("a/b@host");
        var b = PickupFolderTransport.FileName("a:b@host");

        Assert.Matches("^a_b@host-[0-9a-f]{12}\\.eml$", a);
        Assert.NotEqual(a, b);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
