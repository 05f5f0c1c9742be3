using System.Security.Cryptography;

namespace PolicyKit.SignOff.Storage;

internal static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Hex(BinaryData data) => Sha256Hex(data.ToMemory().Span);

    public static string Sha256Hex(string text) => Sha256Hex(System.Text.Encoding.UTF8.GetBytes(text));
}
