using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// Tells the records the service wrote (decisions, exemptions) from records someone put straight into storage. Each
/// such record carries, in its blob metadata, an HMAC-SHA256 of its name and exact bytes under a key that comes from the
/// service's configuration and never from storage: write access to the storage account alone cannot make a record
/// that passes. The name is part of the code, so a genuine record copied to another person's or round's place does
/// not pass either. A record without a valid code is not counted, not sealed and is reported by the evidence check.
/// </summary>
internal sealed class RecordAuthenticator
{
    public const string MetadataKey = "mac";

    /// <summary>The smallest key accepted: 256 bits, the HMAC-SHA256 block's natural strength.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;
    private readonly ConcurrentDictionary<string, bool> _checked = new(StringComparer.Ordinal);

    public RecordAuthenticator(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new SignOffException($"The record key must be at least {MinimumKeyBytes} bytes.");
        }

        _key = key;
    }

    /// <param name="name">Where the record is stored: the code binds it to that place.</param>
    public string Code(string name, BinaryData bytes)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
        hmac.AppendData(bytes.ToMemory().Span);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Metadata to create a record with, so the service recognises it later.</summary>
    public Dictionary<string, string> Metadata(string name, BinaryData bytes) => new(StringComparer.Ordinal) { [MetadataKey] = Code(name, bytes) };

    public bool IsGenuine(string name, BinaryData bytes, IReadOnlyDictionary<string, string>? metadata) =>
        metadata?.GetValueOrDefault(MetadataKey) is { } code
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(Code(name, bytes)));

    /// <summary>
    /// Checks a record read through <see cref="ImmutableRecords"/> (as an object, not bytes). Records are serialised
    /// deterministically, so serialising again gives the bytes the service stored and signed. Each (record, code)
    /// pair is checked once per process: a dashboard of 10,000 signatures does not recompute 10,000 codes per view.
    /// </summary>
    public bool IsGenuine<T>(string name, T record, IReadOnlyDictionary<string, string>? metadata) =>
        _checked.GetOrAdd(name + "\n" + metadata?.GetValueOrDefault(MetadataKey), _ => IsGenuine(name, RecordJson.Serialize(record), metadata));
}
