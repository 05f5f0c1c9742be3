using System.Globalization;
using System.Text;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Evidence;

/// <summary>
/// One link of a round's evidence chain. Each entry names one decision record by the SHA-256 of its stored bytes
/// and the hash of the entry before it, so changing, removing or inserting any record breaks every hash after it.
/// </summary>
public sealed record ChainEntry(long Sequence, string RoundId, string Record, string RecordSha256, string Previous, DateTimeOffset SealedUtc, string Hash)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static ChainEntry Create(long sequence, string roundId, string record, string recordSha256, string previous, DateTimeOffset sealedUtc) =>
        new(sequence, roundId, record, recordSha256, previous, sealedUtc, ComputeHash(sequence, roundId, record, recordSha256, previous, sealedUtc));

    public bool HashIsValid => Hash == ComputeHash(Sequence, RoundId, Record, RecordSha256, Previous, SealedUtc);

    private static string ComputeHash(long sequence, string roundId, string record, string recordSha256, string previous, DateTimeOffset sealedUtc)
    {
        // Fields joined by a newline, which none of them can contain, in a fixed order: the hash input is unambiguous.
        var text = new StringBuilder()
            .Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(roundId).Append('\n')
            .Append(record).Append('\n')
            .Append(recordSha256).Append('\n')
            .Append(previous).Append('\n')
            .Append(sealedUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            .ToString();
        return Hashing.Sha256Hex(text);
    }
}
