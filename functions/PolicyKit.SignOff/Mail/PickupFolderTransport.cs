using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// Writes each message to a folder as <c>&lt;message-id&gt;.eml</c> instead of sending it: for development and for
/// a mail relay that collects a pickup folder. A file named for the message's id means it was already delivered,
/// so a retried send writes nothing. Files appear whole (written beside, then moved). Thread-safe.
/// </summary>
internal sealed class PickupFolderTransport : IMailTransport
{
    private readonly string _directory;

    public PickupFolderTransport(string directory) => _directory = Path.GetFullPath(directory);

    public string Directory => _directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.MessageId))
        {
            throw new ArgumentException("The message has no Message-Id; the composer sets one for each person and round.", nameof(message));
        }

        var path = Path.Combine(_directory, FileName(message.MessageId));
        if (File.Exists(path))
        {
            return;
        }

        var temporary = Path.Combine(_directory, $".{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(_directory);
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await message.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another send of the same message won the race: it is delivered once.
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException($"The message could not be written to the pickup folder {_directory}: {ex.Message}", isPermanent: false, ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The message id with anything a file system might refuse replaced; a short hash keeps altered ids apart.</summary>
    internal static string FileName(string messageId)
    {
        var id = messageId.Trim('<', '>');
        var safe = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
        }

        var name = safe.ToString().TrimStart('.');
        if (name != id || name.Length > 120)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..12];
            name = $"{name[..Math.Min(name.Length, 100)]}-{hash}";
        }

        return name + ".eml";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
