namespace PolicyKit.Model.Document;

/// <summary>What a redline compares: its cover says "Changes from version 2.0 to 2.1" and what the new version is.</summary>
/// <param name="FromVersion">The old version ("2.0").</param>
/// <param name="ToVersion">The new version ("2.1").</param>
/// <param name="ToStatus">Where the new version stands, as people say it: "proposed", "draft" or "ratified on 7 July 2026".</param>
public sealed record VersionComparison(string FromVersion, string ToVersion, string ToStatus)
{
    /// <summary>"Changes from version 2.0 to 2.1 (proposed)".</summary>
    public string Heading => $"Changes from version {FromVersion} to {ToVersion} ({ToStatus})";
}
