namespace PolicyKit.Rendering.Html;

/// <summary>A document a requirement comes from: its title and its public address.</summary>
public sealed record StatutoryPolicySource(string Title, string Url);
