using System.Net.Sockets;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace PolicyKit.SignOff.Storage;

/// <summary>
/// The one place the sign-off library talks to Azure Blob Storage. Every record is a small JSON blob; records that
/// are evidence are created with If-None-Match:* so nothing can overwrite them, and the few mutable ones (roster,
/// mail state, chain head) are changed only with If-Match on the tag that was read. Thread-safe.
/// </summary>
internal sealed class SignOffStore
{
    private readonly BlobContainerClient _container;

    public SignOffStore(BlobContainerClient container) => _container = container;

    public static SignOffStore Connect(StorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        try
        {
            var service = new BlobServiceClient(options.ConnectionString, clientOptions);
            return new SignOffStore(service.GetBlobContainerClient(options.Container));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // The message never repeats the connection string: it holds the account key.
            throw new SignOffException("The storage connection string is not valid: expected 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...'.", ex);
        }
    }

    public string ContainerName => _container.Name;

    public async Task EnsureContainerAsync(CancellationToken cancellationToken) =>
        await GuardAsync("prepare the storage container", () => _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);

    /// <summary>Creates a blob that must never change afterwards.</summary>
    /// <returns>False when a blob of that name already exists (it is left untouched).</returns>
    public async Task<bool> TryCreateAsync(string name, BinaryData content, string contentType, IDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        await TryCreateTaggedAsync(name, content, contentType, metadata, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Creates a blob whose content never changes (its metadata may, with If-Match on the tag returned).</summary>
    /// <returns>The new blob's tag, or null when a blob of that name already exists (it is left untouched).</returns>
    public Task<ETag?> TryCreateTaggedAsync(string name, BinaryData content, string contentType, IDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        GuardAsync($"save {name}", async () =>
        {
            try
            {
                var info = await _container.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    Metadata = metadata,
                }, cancellationToken).ConfigureAwait(false);
                return (ETag?)info.Value.ETag;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
            {
                return null;
            }
        });

    /// <summary>Writes a blob whatever it held before (profiles, templates: the latest publish wins).</summary>
    public async Task UploadAsync(string name, BinaryData content, string contentType, CancellationToken cancellationToken) =>
        await GuardAsync($"save {name}", () => _container.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        }, cancellationToken)).ConfigureAwait(false);

    /// <summary>Replaces a blob only if nobody changed it since <paramref name="expected"/> was read (or creates it when <paramref name="expected"/> is null).</summary>
    /// <returns>The new tag, or null when someone else changed it first.</returns>
    public Task<ETag?> TryReplaceAsync(string name, BinaryData content, string contentType, ETag? expected, CancellationToken cancellationToken) =>
        GuardAsync($"save {name}", async () =>
        {
            try
            {
                var info = await _container.GetBlobClient(name).UploadAsync(content, new BlobUploadOptions
                {
                    Conditions = expected is { } tag ? new BlobRequestConditions { IfMatch = tag } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                }, cancellationToken).ConfigureAwait(false);
                return (ETag?)info.Value.ETag;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                return null;
            }
        });

    /// <returns>The blob, or null when there is none.</returns>
    public Task<StoredBlob?> ReadAsync(string name, CancellationToken cancellationToken) =>
        GuardAsync($"read {name}", async () =>
        {
            try
            {
                var result = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return new StoredBlob(name, result.Value.Content, result.Value.Details.ETag, new Dictionary<string, string>(result.Value.Details.Metadata, StringComparer.Ordinal));
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return (StoredBlob?)null;
            }
        });

    /// <returns>A blob's metadata without its content, or null when there is no such blob.</returns>
    public Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string name, CancellationToken cancellationToken) =>
        GuardAsync($"read {name}", async () =>
        {
            try
            {
                var properties = await _container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return (IReadOnlyDictionary<string, string>?)new Dictionary<string, string>(properties.Value.Metadata, StringComparer.Ordinal);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        });

    /// <returns>A blob's name, tag and metadata as a listing would give them, or null when there is no such blob.</returns>
    public Task<BlobListing?> ReadListingAsync(string name, CancellationToken cancellationToken) =>
        GuardAsync($"read {name}", async () =>
        {
            try
            {
                var properties = await _container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return (BlobListing?)new BlobListing(name, properties.Value.ETag, new Dictionary<string, string>(properties.Value.Metadata, StringComparer.Ordinal));
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        });

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        GuardAsync($"read {name}", async () => (bool)await _container.GetBlobClient(name).ExistsAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Changes a blob's metadata only if nobody changed the blob since <paramref name="expected"/> was read.</summary>
    /// <returns>The new tag, or null when someone else changed it first.</returns>
    public Task<ETag?> TrySetMetadataAsync(string name, IDictionary<string, string> metadata, ETag expected, CancellationToken cancellationToken) =>
        GuardAsync($"update {name}", async () =>
        {
            try
            {
                var info = await _container.GetBlobClient(name).SetMetadataAsync(metadata, new BlobRequestConditions { IfMatch = expected }, cancellationToken).ConfigureAwait(false);
                return (ETag?)info.Value.ETag;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return null;
            }
        });

    /// <summary>Holds <paramref name="name"/> (an empty blob, created if missing) for this instance alone.</summary>
    /// <returns>The lock, or null when another instance holds it.</returns>
    public Task<BlobLock?> TryLockAsync(string name, TimeSpan duration, CancellationToken cancellationToken) =>
        GuardAsync($"lock {name}", async () =>
        {
            var blob = _container.GetBlobClient(name);
            try
            {
                return await BlobLock.TryAcquireAsync(blob.GetBlobLeaseClient(), duration, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The first lock in this container: make the blob, then lease it.
                try
                {
                    await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException exists) when (exists.Status is 409 or 412)
                {
                    // Another instance made it first.
                }

                return await BlobLock.TryAcquireAsync(blob.GetBlobLeaseClient(), duration, cancellationToken).ConfigureAwait(false);
            }
        });

    /// <summary>Every blob under a prefix, in name order, with its metadata.</summary>
    public Task<IReadOnlyList<BlobListing>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        GuardAsync($"list {prefix}", async () =>
        {
            var found = new List<BlobListing>();
            try
            {
                await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix, Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
                {
                    found.Add(new BlobListing(item.Name, item.Properties.ETag ?? default, new Dictionary<string, string>(item.Metadata ?? new Dictionary<string, string>(), StringComparer.Ordinal)));
                }
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // Nothing has been published yet (publishing creates the container): as with ReadAsync, absent is empty.
            }

            return (IReadOnlyList<BlobListing>)found;
        });

    /// <summary>The next level of "folders" under a prefix (e.g. the round ids under "rounds/").</summary>
    public Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken) =>
        GuardAsync($"list {prefix}", async () =>
        {
            var found = new List<string>();
            try
            {
                await foreach (var item in _container.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Prefix = prefix, Delimiter = "/" }, cancellationToken).ConfigureAwait(false))
                {
                    if (item.IsPrefix)
                    {
                        found.Add(item.Prefix[prefix.Length..].TrimEnd('/'));
                    }
                }
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // The mail timer runs from the moment the service is deployed, usually before the first publish.
            }

            return (IReadOnlyList<string>)found;
        });

    /// <summary>Turns the storage client's many failure types into one message a person can act on.</summary>
    private static async Task<T> GuardAsync<T>(string action, Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or >= 500 or 408 or 429)
        {
            throw Unavailable(action, ex);
        }
        catch (RequestFailedException ex)
        {
            throw new SignOffException($"Storage refused to {action}: {ex.Status} {ex.ErrorCode}.", ex);
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or SocketException or IOException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            throw Unavailable(action, ex);
        }
    }

    private static SignOffException Unavailable(string action, Exception ex) =>
        new($"Storage is unavailable, so PolicyKit could not {action}. Nothing was half-recorded; try again when storage is back.", ex) { IsTransient = true };
}
