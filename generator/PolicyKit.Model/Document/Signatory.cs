namespace PolicyKit.Model.Document;

/// <summary>A line of the signature block, e.g. ("Headteacher", "Amira Okafor", 2025-09-03).</summary>
public sealed record Signatory(string Role, string Name, DateOnly? Date);
