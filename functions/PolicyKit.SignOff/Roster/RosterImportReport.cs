namespace PolicyKit.SignOff.Roster;

/// <param name="Applied">False when problems stopped the import: then no roster was changed.</param>
/// <param name="Imported">People now on each school's roster (only when applied).</param>
/// <param name="HeaderRejected">The header row is the problem: no row was read, so skipping rows would not help.</param>
/// <param name="OpenInvitesUpdated">Invitations in rounds still open for these people that now go to their new address.</param>
public sealed record RosterImportReport(bool Applied, IReadOnlyDictionary<string, int> Imported, IReadOnlyList<RosterProblem> Problems, int Skipped, bool HeaderRejected = false, int OpenInvitesUpdated = 0)
{
    /// <summary>Whether importing again with "skip rows with problems" would import the good rows of this file.</summary>
    public bool SkippingWouldHelp { get; init; }

    /// <summary>How many open invitations moved to a new address, in words for the person importing.</summary>
    public static string OpenInvitesWording(int count) => count switch
    {
        0 => "No invitation in an open round needed a new address.",
        1 => "1 invitation in an open round now goes to the person's new address.",
        _ => $"{count} invitations in open rounds now go to the people's new addresses.",
    };
}
