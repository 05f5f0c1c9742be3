namespace PolicyKit.SignOff.Storage;

/// <summary>
/// Where each record lives in the container. One place, so the layout documented in docs/sign-off.md is the layout
/// the code uses. School, policy, person and round ids are slugs (letters, digits, '-', '.', '_'), so they are safe
/// as path segments.
/// </summary>
internal static class BlobNames
{
    public static string Profile(string school) => $"schools/{school}/profile.json";

    public const string ProfilesPrefix = "schools/";

    public static string ReleaseFolder(string school, string policy) => $"documents/{school}/{policy}/";

    public static string Release(string school, string policy, string version) => $"documents/{school}/{policy}/{version}/release.json";

    public static string Document(string school, string policy, string version, string file) => $"documents/{school}/{policy}/{version}/{file}";

    public static string EmailTemplate(string file) => $"templates/email/{file}";

    public const string EmailTemplatesPrefix = "templates/email/";

    public static string Roster(string school) => $"rosters/{school}.json";

    public const string RoundsPrefix = "rounds/";

    public static string Round(string round) => $"rounds/{round}/round.json";

    public static string InvitesPrefix(string round) => $"rounds/{round}/invites/";

    public static string Invite(string round, string school, string person) => $"rounds/{round}/invites/{school}/{person}.json";

    public static string ReceiptsPrefix(string round) => $"rounds/{round}/receipts/";

    public static string Receipt(string round, string school, string person) => $"rounds/{round}/receipts/{school}/{person}.json";

    public static string DecisionsPrefix(string round) => $"rounds/{round}/decisions/";

    public static string Decision(string round, string school, string person) => $"rounds/{round}/decisions/{school}/{person}.json";

    /// <summary>Create-only: a person marked as left or excused in one round (evidence, never deleted).</summary>
    public static string ExemptionsPrefix(string round) => $"rounds/{round}/exemptions/";

    public static string Exemption(string round, string school, string person) => $"rounds/{round}/exemptions/{school}/{person}.json";

    /// <summary>Create-only: one reminder step for one person, so each step is sent once however often the chase runs.</summary>
    public static string RemindersPrefix(string round) => $"rounds/{round}/reminders/";

    public static string Reminder(string round, string school, string person, string step) => $"rounds/{round}/reminders/{school}/{person}/{step}.json";

    /// <summary>Create-only: an email to a school's business manager (a decline, the after-deadline summary).</summary>
    public static string NoticesPrefix(string round) => $"rounds/{round}/notices/";

    public static string Notice(string round, string school, string notice) => $"rounds/{round}/notices/{school}/{notice}.json";

    public static string ChainPrefix(string round) => $"rounds/{round}/chain/";

    public static string ChainEntry(string round, long sequence) => $"rounds/{round}/chain/{sequence:D10}.json";

    public static string ChainHead(string round) => $"rounds/{round}/head.json";

    /// <summary>Leased by the instance that is sending mail, so only one sends at a time.</summary>
    public const string DispatchLock = "locks/dispatch-mail";

    /// <summary>When the reminder chase last ran, so a restarted or scaled-out service neither skips nor repeats a run.</summary>
    public const string ChaseLastRun = "locks/chase-last-run.json";

    public const string ReviewsPrefix = "reviews/";

    /// <summary>A school's review dates and who to remind, rewritten by each publish.</summary>
    public static string ReviewSchedule(string school) => $"reviews/{school}/schedule.json";

    public const string CoveragePrefix = "coverage/";

    /// <summary>A school's statutory policies and the policies that meet them, rewritten by each publish.</summary>
    public static string Coverage(string school) => $"coverage/{school}/snapshot.json";

    public static string ReviewRemindersPrefix(string school) => $"reviews/{school}/reminders/";

    /// <summary>
    /// Create-only: one review reminder to one recipient ("owner" or "clerk"). The review date is part of the name, so
    /// a review date that moves starts a fresh set of steps.
    /// </summary>
    public static string ReviewReminder(string school, string policy, DateOnly reviewDate, string recipient, string step) =>
        $"reviews/{school}/reminders/{policy}/{ReviewDate(reviewDate)}/{recipient}/{step}.json";

    /// <summary>A review date as written in a reminder's name (ISO).</summary>
    public static string ReviewDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The parts of a review reminder's name: (school, policy, review date as written, recipient, step).</summary>
    public static (string School, string Policy, string ReviewDate, string Recipient, string Step) ReviewReminderParts(string name)
    {
        var parts = name.Split('/');
        return (parts[^6], parts[^4], parts[^3], parts[^2], Path.GetFileNameWithoutExtension(parts[^1]));
    }

    public const string ProposalsPrefix = "proposals/";

    /// <summary>A proposal for approval as last uploaded (replaced only while no request for it is open or approved).</summary>
    public static string Proposal(string policy, string version, string scope) => $"proposals/{policy}/{version}/{scope}/proposal.json";

    /// <summary>Create-only: one proposed or redline file, stored under its own hash so a revision never overwrites what a request pinned.</summary>
    public static string ProposalFile(string policy, string version, string scope, string sha256, string file) => $"proposals/{policy}/{version}/{scope}/files/{sha256}/{file}";

    /// <summary>Create-only: a proposal sent to a chair. Its folder under rounds/ holds the decision, chain and receipt as a round's does.</summary>
    public static string Ratification(string request) => $"rounds/{request}/ratification.json";

    public static string RatificationMailPrefix(string request) => $"rounds/{request}/mail/";

    /// <summary>Create-only: one email about a ratification request; mail state in metadata.</summary>
    public static string RatificationMail(string request, string name) => $"rounds/{request}/mail/{name}.json";

    public static string Link(string tokenHash) => $"links/{tokenHash}.json";

    public const string CalendarsPrefix = "calendars/";

    /// <summary>A school's review calendar (.ics), replaced by each publish.</summary>
    public static string Calendar(string school) => $"calendars/{school}/reviews.ics";

    /// <summary>Create-only: the secret in a school's calendar address.</summary>
    public static string CalendarFeed(string school) => $"calendars/{school}/feed.json";

    /// <summary>The last two segments of an invite, receipt or decision name: (school, person).</summary>
    public static (string School, string Person) SchoolAndPerson(string name)
    {
        var parts = name.Split('/');
        return (parts[^2], Path.GetFileNameWithoutExtension(parts[^1]));
    }

    /// <summary>The parts of a reminder's name: (school, person, step).</summary>
    public static (string School, string Person, string Step) ReminderParts(string name)
    {
        var parts = name.Split('/');
        return (parts[^3], parts[^2], Path.GetFileNameWithoutExtension(parts[^1]));
    }
}
