using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;

namespace PolicyKit.SignOff.Mail;

/// <summary>Made-up emails that every template is rendered with when it is loaded, so a mistake shows before any email goes out.</summary>
internal static class EmailSamples
{
    public static SchoolProfile School() =>
        new("sample", "Sample School", "1F4E79", null, null, "image/png", "Sample School logo", "1 School Lane, Town AB1 2CD", "office@sample.example");

    public static InvitationMail Invitation() => new(
        School(), "Sam Sample", "sam@sample.example", "Acceptable Use Policy", "2026.1",
        new Uri("https://policies.example/sign/sample"), new DateTimeOffset(2026, 12, 23, 23, 59, 0, TimeSpan.Zero), "sample@policykit",
        new DateOnly(2026, 12, 18));

    /// <summary>An invitation to sign again after a material change.</summary>
    public static InvitationMail SignAgain() => Invitation() with
    {
        SignAgain = new Rounds.Reacceptance("2025.2", "Multi-factor sign-in for every account.", [new MaterialClause("mfa", "signing in")], []),
    };

    public static NoticeMail Notice(string kind, int people) => new(
        School(),
        new SchoolContact("Bea Manager", "Business Manager", "bursar@sample.example"),
        "bursar@sample.example",
        new NoticeRecord
        {
            Kind = kind,
            RoundId = "r",
            School = "sample",
            People = Enumerable.Range(1, people).Select(i => new NoticePerson($"Sam Sample {i}", $"sam{i}@sample.example", "staff", i)).ToList(),
            DeclineReason = kind == NoticeRecord.DeclineKind ? "A reason." : null,
            QueuedUtc = new DateTimeOffset(2026, 12, 19, 9, 0, 0, TimeSpan.Zero),
        },
        "Acceptable Use Policy",
        "2026.1",
        new DateOnly(2026, 12, 18),
        new Uri("https://policies.example/admin/rounds/r"),
        "sample@policykit");

    /// <param name="daysLeft">Days to the review date from the day it is sent; negative once overdue.</param>
    public static ReviewReminderMail Review(int daysLeft, bool forClerk)
    {
        var today = new DateOnly(2026, 12, 1);
        return new ReviewReminderMail(
            School(),
            new ReviewReminderRecord(
                "sample", "aup", "Acceptable Use Policy", "2026.1", today.AddDays(daysLeft), "before-30",
                forClerk ? ReviewReminderRecord.ClerkRecipient : ReviewReminderRecord.OwnerRecipient,
                forClerk ? "Cal Clerk" : "Olive Owner", forClerk ? "clerk@sample.example" : "owner@sample.example",
                forClerk ? null : "Olive Owner", forClerk ? null : "Director of Operations", forClerk ? 7 : 14, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
            today,
            "sample@policykit");
    }

    public static ReceiptMail Receipt(string kind) => new(
        School(),
        new DecisionRecord
        {
            Kind = kind,
            RoundId = "r",
            School = "sample",
            SchoolName = "Sample School",
            Policy = "aup",
            PolicyTitle = "Acceptable Use Policy",
            Version = "2026.1",
            DocumentFile = "aup.html",
            DocumentSha256 = new string('0', 64),
            PersonId = "p",
            Group = "staff",
            Email = "sam@sample.example",
            TypedName = "Sam Sample",
            Statements = kind == DecisionRecord.SignedKind ? ["I agree."] : [],
            DeclineReason = kind == DecisionRecord.SignedKind ? null : "A reason.",
            AtUtc = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            IpAddress = "192.0.2.1",
            UserAgent = "ua",
            RequestId = "q",
        },
        "REF-1", [], "aup.pdf", new string('1', 64), "application/pdf", "sample@policykit");
}
