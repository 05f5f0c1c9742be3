namespace PolicyKit.SignOff.Roster;

/// <summary>
/// The groups a policy's <c>acceptance: required-from:</c> can name and a roster row can belong to. Rosters from an
/// MIS say "Staff", "Governor" or "Volunteers"; all of those spellings mean the same group.
/// </summary>
public static class PersonGroups
{
    public const string Staff = "staff";
    public const string Governors = "governors";
    public const string Volunteers = "volunteers";

    public static IReadOnlyList<string> All { get; } = [Staff, Governors, Volunteers];

    /// <returns>The group's canonical name, or null when the text names no group.</returns>
    public static string? Normalise(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "staff" or "staff member" or "staff members" or "employee" or "employees" => Staff,
        "governor" or "governors" or "trustee" or "trustees" => Governors,
        "volunteer" or "volunteers" => Volunteers,
        _ => null,
    };

    /// <summary>How the admin pages and emails name a group ("Staff", "Governors").</summary>
    public static string Display(string group) => group switch
    {
        Staff => "Staff",
        Governors => "Governors",
        Volunteers => "Volunteers",
        _ => group,
    };
}
