using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Signing;

/// <summary>Reads the document a round pinned for a school, refusing bytes that no longer match the pinned hash.</summary>
internal static class PinnedDocument
{
    public static async Task<BinaryData> ReadAsync(SignOffStore store, RoundDefinition round, RoundRelease release, bool pdf, CancellationToken cancellationToken)
    {
        var (file, sha) = pdf ? (release.PdfFile, release.PdfSha256) : (release.DocumentFile, release.DocumentSha256);
        if (file is null || sha is null)
        {
            throw new SignOffException($"'{round.PolicyTitle}' was published for {release.SchoolName} without a PDF copy.");
        }

        var name = BlobNames.Document(release.School, round.Policy, release.Version, file);
        var blob = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new SignOffException($"The published document {name} is missing. Publish the policy again under a new version and start a new round.");
        if (Hashing.Sha256Hex(blob.Content) != sha)
        {
            throw new SignOffException($"The published document {name} no longer matches the hash pinned when the round started, so it cannot be shown or sent.");
        }

        return blob.Content;
    }
}
