using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Delivery;

/// <summary>
/// The trust's email templates as last published (templates/email in its repository), else the built-in ones.
/// Re-read at most once a minute, so a trust's edit reaches the next emails without a restart.
/// </summary>
internal sealed class EmailTemplateSource(SignOffStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (EmailTemplates Templates, DateTimeOffset ReadUtc)? _cached;

    public void Dispose() => _gate.Dispose();

    public async Task<EmailTemplates> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && cached.ReadUtc + Refresh > now)
        {
            return cached.Templates;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in EmailTemplates.Names)
            {
                if (await store.ReadAsync(BlobNames.EmailTemplate(name), cancellationToken).ConfigureAwait(false) is { } blob)
                {
                    texts[name] = blob.Content.ToString();
                }
            }

            // Publish checks the templates before uploading them, so a published set is complete and valid; a set
            // published before the reminder and notice templates existed gets PolicyKit's copies of those.
            var complete = EmailTemplates.Names.All(n => texts.ContainsKey(n) || EmailTemplates.Optional.Contains(n));
            foreach (var name in EmailTemplates.Optional.Where(n => complete && !texts.ContainsKey(n)))
            {
                texts[name] = EmailTemplates.BuiltInText(name);
            }

            var templates = complete ? new EmailTemplates(texts, "templates/email (published)") : EmailTemplates.BuiltIn();
            _cached = (templates, now);
            return templates;
        }
        finally
        {
            _gate.Release();
        }
    }
}
