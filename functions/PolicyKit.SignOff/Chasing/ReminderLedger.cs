using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Chasing;

/// <summary>Each person's reminders in one round, from one listing of the round's reminder records.</summary>
internal sealed class ReminderLedger
{
    private static readonly HashSet<string> None = [];
    private readonly Dictionary<(string School, string Person), PersonReminders> _people = [];

    private ReminderLedger()
    {
    }

    public static ReminderLedger From(IEnumerable<BlobListing> reminders)
    {
        var ledger = new ReminderLedger();
        foreach (var listing in reminders)
        {
            var (school, person, step) = BlobNames.ReminderParts(listing.Name);
            var state = MailState.From(listing.Metadata);
            var entry = ledger._people.TryGetValue((school, person), out var known) ? known : new PersonReminders();
            entry.Steps.Add(step);
            if (state.State == MailState.Sent)
            {
                entry.Sent++;
                entry.LastSentUtc = Max(entry.LastSentUtc, state.SentUtc);
                entry.LatestExpiryUtc = Max(entry.LatestExpiryUtc, state.ExpiresUtc);
            }

            ledger._people[(school, person)] = entry;
        }

        return ledger;
    }

    /// <summary>Steps recorded for the person, whether sent, being sent or failed.</summary>
    public IReadOnlySet<string> Steps(string school, string person) => _people.TryGetValue((school, person), out var entry) ? entry.Steps : None;

    public int Sent(string school, string person) => _people.TryGetValue((school, person), out var entry) ? entry.Sent : 0;

    public DateTimeOffset? LastSentUtc(string school, string person) => _people.GetValueOrDefault((school, person))?.LastSentUtc;

    /// <summary>When the newest reminder link the person was sent stops working.</summary>
    public DateTimeOffset? LatestExpiryUtc(string school, string person) => _people.GetValueOrDefault((school, person))?.LatestExpiryUtc;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private sealed class PersonReminders
    {
        public HashSet<string> Steps { get; } = new(StringComparer.Ordinal);

        public int Sent { get; set; }

        public DateTimeOffset? LastSentUtc { get; set; }

        public DateTimeOffset? LatestExpiryUtc { get; set; }
    }
}
