using Azure;

namespace PolicyKit.SignOff.Storage;

/// <summary>One entry of a prefix listing: the name, its metadata and the tag to update that metadata conditionally.</summary>
internal sealed record BlobListing(string Name, ETag ETag, IReadOnlyDictionary<string, string> Metadata);
