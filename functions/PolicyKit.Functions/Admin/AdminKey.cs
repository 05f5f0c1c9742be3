using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyKit.Functions.Admin;

/// <summary>
/// The standalone admin key. Configuration holds only a salted PBKDF2 hash, so a leaked appsettings file or
/// environment dump does not let anyone in.
/// </summary>
public static class AdminKey
{
    private const string Prefix = "pbkdf2-sha256";
    private const int Iterations = 100_000;

    /// <summary>A new random admin key, to give to the admins.</summary>
    public static string Create() => "pk_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The salted hash of <paramref name="key"/> to put in the service's configuration (Admin:KeyHash).</summary>
    public static string Hash(string key)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Prefix, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether a presented key has the shape <see cref="Create"/> gives: "pk_" and 43 base64url characters.</summary>
    internal static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? key) =>
        key is { Length: 46 } && key.StartsWith("pk_", StringComparison.Ordinal) && key.AsSpan(3).IndexOfAnyExcept(Base64UrlCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> Base64UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    internal static bool IsValidHash(string stored) => TryParse(stored, out _, out _, out _);

    internal static bool Verify(string key, string stored)
    {
        if (!TryParse(stored, out var iterations, out var salt, out var expected) || key.Length is 0 or > 256)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 10_000)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
            return salt.Length >= 16 && hash.Length >= 32;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
