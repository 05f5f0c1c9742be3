using System.Security.Cryptography;
using System.Text;

namespace PolicyKit.Sources.Loading;

internal static class ContentHash
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
