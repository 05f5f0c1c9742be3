using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.SignOff.People;

/// <summary>One person in one round as the school's actions need them: their invite, and what is already settled.</summary>
public sealed record RoundPerson(RoundDefinition Round, InviteRecord Invite, string InviteName, DecisionRecord? Decision, ExemptionRecord? Exemption)
{
    /// <summary>Why nothing more can be sent to this person, in words for the business manager; null when something can.</summary>
    public string? Settled => (Decision, Exemption) switch
    {
        ({ Kind: DecisionRecord.SignedKind } d, _) => $"{Invite.Name} signed on {Mail.UkTime.Date(d.AtUtc)}: their signature stands, so there is nothing to send.",
        ({ } d, _) => $"{Invite.Name} declined on {Mail.UkTime.Date(d.AtUtc)}: their answer stands, so there is nothing to send. Follow up their reason with them.",
        (_, { } x) => $"{Invite.Name} was marked as {x.Kind} on {Mail.UkTime.Date(x.AtUtc)}, so they get no more emails in this round.",
        _ => null,
    };
}
