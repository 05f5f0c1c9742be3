namespace PolicyKit.SignOff.Rounds;

/// <summary>What starting a round would do at one school: who gets an email, and who is left out and why.</summary>
/// <param name="HasRoster">False when no roster was imported for the school: the round cannot start with it.</param>
/// <param name="ToEmail">People who will be emailed a link.</param>
/// <param name="AlreadyInvited">People this round already asked (a repeated start leaves them alone).</param>
/// <param name="AlreadySigned">People who already signed this version of the policy in another round.</param>
/// <param name="AlreadyAsked">People already asked to sign this version in another round, with a link that still works.</param>
public sealed record SchoolPreview(string School, string SchoolName, bool HasRoster, int ToEmail, int AlreadyInvited, int AlreadySigned, int AlreadyAsked)
{
    public int LeftOut => AlreadyInvited + AlreadySigned + AlreadyAsked;
}

/// <summary>What starting a round would do, school by school, before anyone is emailed.</summary>
public sealed record RoundPreview(RoundDefinition Round, bool WasAlreadyStarted, IReadOnlyList<SchoolPreview> Schools)
{
    public int ToEmail => Schools.Sum(s => s.ToEmail);

    public int LeftOut => Schools.Sum(s => s.LeftOut);

    /// <summary>Why the round cannot start (a school without a roster), in words that say what to do; null when it can.</summary>
    public string? Problem => Schools.Where(s => !s.HasRoster).Select(s => s.SchoolName).ToList() switch
    {
        [] => null,
        [var one] => $"{one} has no roster: import one first, or leave the school out of the round.",
        var many => $"{string.Join(", ", many[..^1])} and {many[^1]} have no roster: import them first, or leave those schools out of the round.",
    };
}
