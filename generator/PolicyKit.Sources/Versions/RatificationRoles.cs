namespace PolicyKit.Sources.Versions;

/// <summary>The role keys that name who chairs and who clerks the bodies that ratify policies.</summary>
internal static class RatificationRoles
{
    public const string ChairOfGovernors = "chair-of-governors";
    public const string ClerkToGovernors = "clerk-to-governors";
    public const string ChairOfTrustees = "chair-of-trustees";
    public const string ClerkToTrustees = "clerk-to-trustees";
}
