namespace PolicyKit.SignOff.Rounds;

/// <param name="Invited">People asked for the first time by this start.</param>
/// <param name="AlreadyInvited">People the round had already asked (a repeated start leaves them alone).</param>
public sealed record StartRoundResult(RoundDefinition Round, int Invited, int AlreadyInvited, bool WasAlreadyStarted);
