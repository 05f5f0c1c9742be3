using System.Security.Cryptography;

namespace PolicyKit.SignOff.Evidence;

/// <summary>Makes and reads the record key (base64 text, as it sits in configuration).</summary>
public static class RecordKeys
{
    /// <summary>A new random key, as base64 text for configuration (SignOff:RecordKey).</summary>
    public static string Create() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(RecordAuthenticator.MinimumKeyBytes));

    /// <summary>Reads a key from its base64 text.</summary>
    /// <returns>The key's bytes, or none when the text is missing or not base64.</returns>
    public static byte[] Read(string? text)
    {
        var buffer = new byte[text?.Length ?? 0];
        return text is not null && Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : [];
    }

    /// <returns>An authenticator for the key, or null when none was given.</returns>
    /// <exception cref="SignOffException">The text is not a usable key.</exception>
    internal static RecordAuthenticator? Authenticator(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Read(text) is { Length: >= RecordAuthenticator.MinimumKeyBytes } key ? new RecordAuthenticator(key)
        : throw new SignOffException($"The record key must be base64 text of at least {RecordAuthenticator.MinimumKeyBytes} bytes, as 'policykit signoff record-key' makes.");
}
