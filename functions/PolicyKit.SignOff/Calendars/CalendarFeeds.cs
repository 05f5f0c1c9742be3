using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Calendars;

/// <summary>
/// Each school's review calendar at an address with a secret in it, for Outlook, Google or Apple Calendar to subscribe
/// to (they fetch it again every few hours, without signing in, so the secret is the only key). The secret is 256
/// random bits made once per school. Unlike a sign link it is stored as it is, so the administrator can be shown the
/// address again whenever someone new wants to subscribe: it opens only the review dates, which anyone who can read
/// the storage can read anyway.
/// </summary>
public sealed class CalendarFeeds
{
    /// <summary>The content type a calendar is stored and served with.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int SecretBytes = 32;

    private readonly SignOffStore _store;
    private readonly TimeProvider _time;

    internal CalendarFeeds(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Calendar feeds in the container <paramref name="storage"/> names.</summary>
    /// <exception cref="SignOffException">The connection string is not valid.</exception>
    public static CalendarFeeds Connect(StorageOptions storage, TimeProvider time) => new(SignOffStore.Connect(storage), time);

    /// <summary>The address of every school with a published calendar, making the secret of any that has none yet.</summary>
    /// <exception cref="SignOffException">Storage could not be reached.</exception>
    public async Task<IReadOnlyList<CalendarFeedLink>> LinksAsync(CancellationToken cancellationToken)
    {
        var links = new List<CalendarFeedLink>();
        foreach (var school in (await _store.ListFoldersAsync(BlobNames.CalendarsPrefix, cancellationToken).ConfigureAwait(false)).Order(StringComparer.Ordinal))
        {
            if (!await _store.ExistsAsync(BlobNames.Calendar(school), cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var name = BlobNames.CalendarFeed(school);
            var made = new CalendarFeedRecord(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes)), _time.GetUtcNow());

            // Create-only, so two administrators asking at once end up with one secret and both are shown it.
            var isNew = await _store.TryCreateAsync(name, RecordJson.Serialize(made), RecordJson.ContentType, null, cancellationToken).ConfigureAwait(false);
            var feed = isNew ? made : await RecordJson.ReadAsync<CalendarFeedRecord>(_store, name, cancellationToken).ConfigureAwait(false);
            if (feed is not null)
            {
                links.Add(new CalendarFeedLink(school, $"/calendar/{school}/{feed.Secret}.ics", isNew));
            }
        }

        return links;
    }

    /// <summary>A school's calendar, or null when the school or the secret is wrong (the two are not told apart).</summary>
    public async Task<BinaryData?> FindAsync(string school, string secret, CancellationToken cancellationToken)
    {
        // School ids are slugs and secrets base64url: anything else is refused before it costs a storage read.
        if (!school.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || school.Contains("..", StringComparison.Ordinal)
            || secret is not { Length: 43 } || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var feed = await RecordJson.ReadAsync<CalendarFeedRecord>(_store, BlobNames.CalendarFeed(school), cancellationToken).ConfigureAwait(false);
        if (feed is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(feed.Secret), Encoding.ASCII.GetBytes(secret)))
        {
            return null;
        }

        return (await _store.ReadAsync(BlobNames.Calendar(school), cancellationToken).ConfigureAwait(false))?.Content;
    }
}
