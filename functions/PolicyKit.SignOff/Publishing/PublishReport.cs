namespace PolicyKit.SignOff.Publishing;

public sealed record PublishReport(IReadOnlyList<PublishedFileResult> Files, IReadOnlyList<string> Problems)
{
    public int Count(PublishOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>For each acceptance policy whose new version follows an earlier one: whether anyone is asked to sign again.</summary>
    public IReadOnlyList<Rounds.ReacceptanceOutcome> Reacceptance { get; init; } = [];
}

/// <param name="BlobName">Where the file now lives in the container.</param>
public sealed record PublishedFileResult(string BlobName, PublishOutcome Outcome);
