using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Signing;

/// <summary>
/// Sign links carry 256 random bits from the operating system's CSPRNG. Only their SHA-256 is stored, so someone
/// who can read storage (or a backup of it) still cannot sign as anyone.
/// </summary>
internal static class SignTokens
{
    private const int TokenBytes = 32;

    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string Hash(string token) => Hashing.Sha256Hex(Encoding.ASCII.GetBytes(token));

    /// <summary>Rejects anything that cannot be a token before it costs a storage read.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
