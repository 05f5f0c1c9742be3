using Azure;

namespace PolicyKit.SignOff.Storage;

/// <summary>A blob's content with the version tag needed to update it without losing someone else's change.</summary>
internal sealed record StoredBlob(string Name, BinaryData Content, ETag ETag, IReadOnlyDictionary<string, string> Metadata);
