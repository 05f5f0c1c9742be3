using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Chasing;

/// <summary>
/// What the round's page shows about chasing: when reminders next go out, which schools have no business manager to
/// tell, and each business-manager email with its state (one listing of the round's notices); and for the dashboard,
/// every published review date with the reminders sent about it and when the next one falls.
/// </summary>
public sealed class ChaseOverview
{
    private readonly SignOffStore _store;
    private readonly ReleaseCatalog _catalog;
    private readonly ReminderChase _chase;
    private readonly TimeProvider _time;

    internal ChaseOverview(SignOffStore store, ReleaseCatalog catalog, ReminderChase chase, TimeProvider time)
    {
        _store = store;
        _catalog = catalog;
        _chase = chase;
        _time = time;
    }

    /// <summary>Every published school's review dates, soonest first, with the reminders sent about each and the next one due.</summary>
    public async Task<IReadOnlyList<ReviewRow>> ReviewsAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.DateOf(_time.GetUtcNow());
        var rows = new List<ReviewRow>();
        foreach (var school in await _store.ListFoldersAsync(BlobNames.ReviewsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await RecordJson.ReadAsync<ReviewSchedule>(_store, BlobNames.ReviewSchedule(school), cancellationToken).ConfigureAwait(false) is not { } schedule)
            {
                continue;
            }

            var name = (await _catalog.SchoolAsync(school, cancellationToken).ConfigureAwait(false))?.Name ?? school;
            var reminders = (await _store.ListAsync(BlobNames.ReviewRemindersPrefix(school), cancellationToken).ConfigureAwait(false))
                .Select(r => (Parts: BlobNames.ReviewReminderParts(r.Name), State: MailState.From(r.Metadata)))
                .ToLookup(r => (r.Parts.Policy, r.Parts.ReviewDate));
            foreach (var review in schedule.Policies)
            {
                var mine = reminders[(review.Policy, BlobNames.ReviewDate(review.NextReview))].ToList();
                var sent = mine.Where(r => r.State.State == MailState.Sent).ToList();
                rows.Add(new ReviewRow(
                    school,
                    name,
                    review.Title,
                    review.Version,
                    review.NextReview,
                    review.NextReview.DayNumber - today.DayNumber,
                    WithAddress(review.Owner),
                    WithAddress(schedule.Clerk),
                    sent.Count,
                    sent.Max(r => r.State.SentUtc),
                    ReviewPlan.NextDate(schedule.Rules, review.NextReview, today, mine.Select(r => r.Parts.Step).ToHashSet(StringComparer.Ordinal))));
            }
        }

        return rows.OrderBy(r => r.NextReview).ThenBy(r => r.SchoolName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.PolicyTitle, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? WithAddress(SchoolContact? contact) => string.IsNullOrWhiteSpace(contact?.Email) ? null : contact.Name;

    /// <summary>When reminders next go out, the schools with no business manager to tell, and the round's business-manager emails.</summary>
    public async Task<(DateTimeOffset? NextRun, IReadOnlyList<string> SchoolsWithoutManager, IReadOnlyList<NoticeRow> Notices)> ForAsync(RoundDefinition round, CancellationToken cancellationToken)
    {
        var next = round.Reminders is null && round.SignBy is null ? null : await _chase.NextRunAsync(cancellationToken).ConfigureAwait(false);
        var without = new List<string>();
        foreach (var release in round.Releases)
        {
            var profile = await _catalog.SchoolAsync(release.School, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(profile?.BusinessManager?.Email))
            {
                without.Add(release.SchoolName);
            }
        }

        var notices = (await _store.ListAsync(BlobNames.NoticesPrefix(round.Id), cancellationToken).ConfigureAwait(false))
            .Select(n =>
            {
                var (school, name) = BlobNames.SchoolAndPerson(n.Name);
                var state = MailState.From(n.Metadata);
                return new NoticeRow(round.ReleaseFor(school)?.SchoolName ?? school, name, state.State, state.SentUtc, state.Error);
            })
            .ToList();
        return (next, without, notices);
    }
}
