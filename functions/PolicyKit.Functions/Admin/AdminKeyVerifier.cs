using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.Functions.Hosting;

namespace PolicyKit.Functions.Admin;

/// <summary>
/// Checks presented admin keys against the configured hash. PBKDF2 is slow on purpose, so a key that checked out
/// once is remembered (by its SHA-256, never the key itself) and the API stays fast for a script making many calls.
/// </summary>
/// <remarks>Public only because the sign-in page's model, which Razor needs public, takes it in its constructor.</remarks>
public sealed class AdminKeyVerifier
{
    private readonly ConcurrentDictionary<string, bool> _accepted = new(StringComparer.Ordinal);
    private readonly AdminOptions _options;

    internal AdminKeyVerifier(AdminOptions options) => _options = options;

    /// <summary>Whether <paramref name="presented"/> is the admin key.</summary>
    public bool IsAdmin(string? presented)
    {
        // Anything that cannot be a key made by AdminKey.Create is refused before the deliberately slow hash, so
        // junk headers cannot be used to burn the service's CPU.
        if (!AdminKey.IsWellFormed(presented) || _options.KeyHash is not { } stored)
        {
            return false;
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        if (_accepted.ContainsKey(fingerprint))
        {
            return true;
        }

        if (!AdminKey.Verify(presented, stored))
        {
            return false;
        }

        _accepted[fingerprint] = true;
        return true;
    }
}
