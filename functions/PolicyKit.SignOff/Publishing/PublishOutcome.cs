namespace PolicyKit.SignOff.Publishing;

/// <summary>What publishing did with one output file.</summary>
public enum PublishOutcome
{
    Uploaded,
    AlreadyPublished,

    /// <summary>
    /// The same inputs were published before but the file's bytes differ (LibreOffice stamps each PDF with the time
    /// it was made). The published copy is kept, because signatures may already point at its hash.
    /// </summary>
    KeptPublishedCopy,
}
