using PolicyKit.Generator.Building;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Calendar;

/// <summary>
/// Turns the review calendar's entries into events, keeping each review's UID from the state and raising its SEQUENCE
/// when its date has moved. The dates are the review calendar's (<see cref="ReviewCalendar"/>); nothing here works
/// out a review date.
/// </summary>
internal static class ReviewEventPlanner
{
    /// <param name="sources">The trust's sources, for owners and names.</param>
    /// <param name="entries">The review calendar's entries for the schools being written.</param>
    /// <param name="state">What earlier runs wrote.</param>
    /// <param name="schools">The schools being written; the state's entries for other schools are kept as they are.</param>
    /// <param name="now">When this run happens: the DTSTAMP of an event that is new or has moved.</param>
    /// <param name="siteUrl">Where the policy site is published, or null.</param>
    /// <param name="newUid">Makes a UID for a review that has none yet.</param>
    public static ReviewEventPlan Plan(
        SourceSet sources,
        IReadOnlyList<ReviewCalendarEntry> entries,
        CalendarState state,
        IReadOnlySet<string> schools,
        DateTimeOffset now,
        Uri? siteUrl,
        Func<string> newUid)
    {
        var events = new List<ReviewEvent>();
        var kept = state.Events.Where(e => !schools.Contains(e.SchoolId)).ToList();
        int created = 0, moved = 0, undated = 0;
        foreach (var entry in entries)
        {
            var previous = state.Find(entry.SchoolId, entry.PolicyId);
            if (entry.NextReview is not { } date)
            {
                // Left off the calendar, but its UID is kept for when the date comes back.
                undated++;
                if (previous is not null)
                {
                    kept.Add(previous);
                }

                continue;
            }

            var current = previous switch
            {
                null => new CalendarStateEntry(entry.SchoolId, entry.PolicyId, newUid(), date, 0, now),
                _ when previous.Date != date => previous with { Date = date, Sequence = previous.Sequence + 1, Revised = now },
                _ => previous,
            };
            created += previous is null ? 1 : 0;
            moved += previous is not null && previous.Date != date ? 1 : 0;
            kept.Add(current);
            events.Add(new ReviewEvent(
                entry.SchoolId,
                entry.SchoolName,
                entry.PolicyId,
                entry.PolicyTitle,
                entry.Version,
                date,
                current.Uid,
                current.Sequence,
                current.Revised,
                Describe(sources, entry, date, siteUrl),
                PageUrl(siteUrl, entry)));
        }

        var next = new CalendarState(kept.OrderBy(e => e.SchoolId, StringComparer.Ordinal).ThenBy(e => e.PolicyId, StringComparer.Ordinal).ToList());
        return new ReviewEventPlan(events, next, created, moved, undated);
    }

    private static string Describe(SourceSet sources, ReviewCalendarEntry entry, DateOnly date, Uri? siteUrl)
    {
        var lines = new List<string>
        {
            $"{entry.PolicyTitle}, {entry.SchoolName}: review due {(entry.NextReviewMonthOnly ? $"by the end of {DateFormat.Long.Format(date, monthOnly: true)}" : BritishDates.Long(date))}.",
            (entry.DateRatified, entry.Version) switch
            {
                ({ } ratified, "") => $"Ratified {BritishDates.Long(ratified)}.",
                ({ } ratified, _) => $"Version {entry.Version}, ratified {BritishDates.Long(ratified)}.",
                _ => $"Version {entry.Version}, not yet ratified.",
            },
        };
        if (Owner(sources, entry) is { } owner)
        {
            lines.Add($"Owner: {owner}.");
        }

        if (PageUrl(siteUrl, entry) is { } url)
        {
            lines.Add($"Policy: {url}");
        }

        return string.Join('\n', lines);
    }

    // The role holder at this school (its own, else the trust's), as the policy's metadata table names them.
    private static string? Owner(SourceSet sources, ReviewCalendarEntry entry)
    {
        var role = sources.FindPolicy(entry.PolicyId)?.OwnerRole;
        if (role is null || sources.FindSchool(entry.SchoolId) is not { } school)
        {
            return null;
        }

        return sources.RolesFor(school).TryGetValue(role, out var holder) ? holder.TitleAndName : role;
    }

    private static Uri? PageUrl(Uri? siteUrl, ReviewCalendarEntry entry)
    {
        if (siteUrl is null)
        {
            return null;
        }

        // The site URL names the folder the build's output was copied to, with or without its closing slash.
        var folder = siteUrl.AbsoluteUri.EndsWith('/') ? siteUrl : new Uri(siteUrl.AbsoluteUri + "/");
        return new Uri(folder, OutputPaths.Document(entry.SchoolId, entry.PolicyId, OutputFormats.Html));
    }
}
