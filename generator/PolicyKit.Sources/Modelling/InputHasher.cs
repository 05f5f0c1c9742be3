using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Modelling;

/// <summary>
/// The hash of every input that shapes one school's copy of one policy, worked out from the sources' own hashes
/// without expanding a template, so a build can tell cheaply which documents need redoing. Thread-safe.
/// </summary>
public sealed class InputHasher(SourceSet sources)
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <param name="extra">Inputs the sources do not see: the reference document's hash and the generator's version.</param>
    public string HashOf(SchoolSource school, PolicySource policy, string extra)
    {
        var logo = school.Logo ?? sources.Trust.Logo;
        var schoolOverride = sources.FindOverride(school.Id, policy.Id);
        var text = new StringBuilder()
            .AppendLine(sources.Trust.ContentHash)
            .AppendLine(school.ContentHash)
            .AppendLine(policy.ContentHash)
            .AppendLine(schoolOverride?.ContentHash ?? "-")
            .AppendLine(logo is null ? "-" : FileHash(logo.FullPath))
            .AppendLine(extra);
        if (schoolOverride?.RatifiedVersion is not null)
        {
            // A school that ratified a version the trust still lists as proposed prints that entry.
            text.AppendLine(policy.PendingVersionsHash);
        }

        return ContentHash.Of(text.ToString());
    }

    private string FileHash(string path) => _files.GetOrAdd(path, p =>
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A missing logo is reported when the document is built; here it only has to change the hash.
            return "unreadable";
        }
    });
}
