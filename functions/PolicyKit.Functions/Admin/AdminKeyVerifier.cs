using System.Collections.Concurrent;
using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Functions.Admin;

/// <summary>
/// Checks presented admin keys against the configured hash. PBKDF2 is slow on purpose, so a key that checked out
/// once is remembered (by its SHA-256, never the key itself) and the API stays fast for a script making many calls.
/// </summary>
internal sealed class AdminKeyVerifier(ServiceSettings settings)
{
    private readonly ConcurrentDictionary<string, bool> _accepted = new(StringComparer.Ordinal);

    public bool IsAdmin(string? presented)
    {
        // Anything that cannot be a key made by AdminKey.Create is refused before the deliberately slow hash, so
        // junk headers cannot be used to burn the service's CPU.
        if (!AdminKey.IsWellFormed(presented) || settings.Admin.KeyHash is not { } stored)
        {
            return false;
        }

        var fingerprint = Hashing.Sha256Hex(presented);
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
