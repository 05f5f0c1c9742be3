using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.Cli.Publishing;

/// <summary>Tells the author, after a publish, who is asked to sign a new version again and who is not.</summary>
internal static class ReacceptanceReport
{
    public static void Print(PublishReport report, IReadOnlyList<ReleaseCandidate> candidates, TextWriter stdout)
    {
        string Title(string policy) => candidates.FirstOrDefault(c => c.Policy == policy)?.Title ?? policy;

        foreach (var minor in report.Reacceptance.Where(o => o.Kind == ReacceptanceKind.Minor).DistinctBy(o => (o.Policy, o.Version)))
        {
            stdout.WriteLine($"{Title(minor.Policy)} {minor.Version} is a minor change: nobody is asked to sign again.");
        }

        foreach (var outcome in report.Reacceptance.Where(o => o.Kind != ReacceptanceKind.Minor))
        {
            var what = $"{Title(outcome.Policy)} {outcome.Version} changes {outcome.ClauseWording ?? "what people agreed to"}";
            stdout.WriteLine(outcome switch
            {
                { Kind: ReacceptanceKind.NoPreviousSigners } =>
                    $"{what}, but nobody on {outcome.SchoolName}'s roster signed {outcome.Follows}: nobody there is asked to sign again.",
                { Invited: > 0 } =>
                    $"{what}: {People(outcome.Invited)} at {outcome.SchoolName} who signed {outcome.Follows} {(outcome.Invited == 1 ? "is" : "are")} asked to sign again (round {outcome.RoundId})" +
                    (outcome.AlreadyInvited > 0 ? $"; {outcome.AlreadyInvited} more had already been asked." : "."),
                _ =>
                    $"{what}: the {People(outcome.AlreadyInvited)} at {outcome.SchoolName} who signed {outcome.Follows} had already been asked to sign again (round {outcome.RoundId}).",
            });
            foreach (var person in outcome.NotAsked)
            {
                stdout.WriteLine($"  not asked again: {person.Name} ({person.Reason})");
            }
        }
    }

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";
}
