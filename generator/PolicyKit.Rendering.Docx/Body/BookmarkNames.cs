using System.Security.Cryptography;
using System.Text;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>
/// Word bookmark names: at most 40 characters, starting with a letter, letters, digits and underscores only
/// (Word silently drops or renames others, breaking links). Derived from clause ids so they stay stable.
/// </summary>
internal static class BookmarkNames
{
    private const int MaxLength = 40;
    private const int HashLength = 8;

    public static string FromId(string id)
    {
        var builder = new StringBuilder("c_", id.Length + 2);
        foreach (var c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        // Keep a readable prefix and make it unique with a hash of the whole id.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..HashLength];
        return builder.ToString(0, MaxLength - HashLength - 1) + "_" + hash;
    }

    /// <summary>A heading without an id still needs a bookmark for its table-of-contents entry.</summary>
    public static string ForHeading(int ordinal) => "_Toc" + ordinal.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
