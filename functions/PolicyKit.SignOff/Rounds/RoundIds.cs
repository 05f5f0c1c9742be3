using System.Text;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Rounds;

/// <summary>
/// A round's id follows from what it asks (policy, version, schools, groups), so starting the same round twice
/// lands on the same records and sends nothing twice.
/// </summary>
internal static class RoundIds
{
    public static string For(string policy, string version, IEnumerable<string> schools, IEnumerable<string> groups)
    {
        var key = new StringBuilder()
            .Append(string.Join(',', schools.Order(StringComparer.Ordinal)))
            .Append('|')
            .Append(string.Join(',', groups.Order(StringComparer.Ordinal)))
            .ToString();
        return $"{policy}-v{version.Replace('.', '-')}-{Hashing.Sha256Hex(key)[..10]}";
    }

    /// <summary>
    /// The round publish starts at one school to ask the previous version's signers to sign a material new version
    /// again: one per school, so publishing again finds it, and each business manager sees their own school's.
    /// </summary>
    public static string Reacceptance(string policy, string version, string school) =>
        $"{policy}-v{version.Replace('.', '-')}-again-{Hashing.Sha256Hex("again|" + school)[..10]}";

    /// <summary>Ids appear in URLs and blob names: letters, digits, '-' and '_' only (never '.', so never "..").</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 120 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
