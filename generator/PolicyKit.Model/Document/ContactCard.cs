namespace PolicyKit.Model.Document;

/// <summary>A postal address and contacts, as printed in a document's footer.</summary>
public sealed record ContactCard(
    string Name,
    IReadOnlyList<string> AddressLines,
    string? Phone,
    string? Email,
    string? Website);
