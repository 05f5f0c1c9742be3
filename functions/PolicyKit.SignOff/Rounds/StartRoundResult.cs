namespace PolicyKit.SignOff.Rounds;

/// <param name="Invited">People asked for the first time by this start.</param>
/// <param name="AlreadyInvited">People the round had already asked (a repeated start leaves them alone).</param>
public sealed record StartRoundResult(RoundDefinition Round, int Invited, int AlreadyInvited, bool WasAlreadyStarted)
{
    /// <summary>Each school's counts, including the people left out because they signed or are asked elsewhere.</summary>
    public IReadOnlyList<SchoolPreview> Schools { get; init; } = [];
}
