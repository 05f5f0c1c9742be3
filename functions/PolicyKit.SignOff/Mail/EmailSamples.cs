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

    /// <summary>A chair's request, a governor's copy, a receipt, and the clerk's notices of an approval and of a return.</summary>
    public static IEnumerable<RatificationMail> Ratifications()
    {
        var request = new Ratification.RatificationRequest
        {
            Id = "ratify-sample",
            Proposal = new Ratification.StoredProposal
            {
                Policy = "acceptable-use",
                Title = "Acceptable Use Policy",
                Version = "2026.2",
                FromVersion = "2026.1",
                Body = "governing-body",
                BodyName = "Local governing body",
                Scope = "sample",
                SchoolName = "Sample School",
                TrustWide = false,
                Changes = "Clause 4 now covers AI tools.",
                Material = true,
                MaterialClauses = ["ai-tools"],
                Chair = new("Chris Chair", "chair@sample.example"),
                Clerk = new("Cleo Clerk", "clerk@sample.example"),
                Files = [new(Ratification.ProposalFileRoles.RedlineHtml, "acceptable-use-redline.html", "proposals/x", new string('a', 64), 10)],
                Revision = "0123456789abcdef",
                UploadedUtc = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            },
            Chair = new("Chris Chair", "chair@sample.example"),
            MinuteRef = "FGB 2026/12 item 4",
            Message = "For the meeting on Tuesday.",
            CopiedTo = [new("Gus Governor", "gus@sample.example")],
            Statement = "I approve version 2026.2 of Acceptable Use Policy for Sample School on behalf of the Local governing body, as set out in the documents listed.",
            SentUtc = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            LinkLifetimeDays = 30,
        };
        var approved = new DecisionRecord
        {
            Kind = DecisionRecord.SignedKind,
            RoundId = request.Id,
            School = "sample",
            SchoolName = "Sample School",
            Policy = "acceptable-use",
            PolicyTitle = "Acceptable Use Policy",
            Version = "2026.2",
            DocumentFile = "acceptable-use-redline.html",
            DocumentSha256 = new string('a', 64),
            PersonId = "chair",
            Group = "chair",
            Email = "chair@sample.example",
            TypedName = "Chris Chair",
            Statements = [request.Statement],
            AtUtc = new DateTimeOffset(2026, 12, 2, 18, 30, 0, TimeSpan.Zero),
            IpAddress = "192.0.2.1",
            UserAgent = "sample",
            RequestId = "sample",
            Documents = [new("acceptable-use-redline.html", new string('a', 64))],
            MinuteRef = request.MinuteRef,
        };
        var returned = approved with { Kind = DecisionRecord.DeclinedKind, Statements = [], DeclineReason = "Clause 4 needs a date." };
        var link = new Uri("https://policies.example/ratify/sample");
        var admin = new Uri("https://policies.example/admin/ratifications");
        var expires = new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.Zero);
        yield return new(School(), Ratification.RatificationMessage.AskKind, request, "Chris Chair", "chair@sample.example", link, expires, null, null, admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.AskKind, request with { MinuteRef = null, Message = null, Proposal = request.Proposal with { FromVersion = null, Changes = null, Material = false, MaterialClauses = [] } }, "Chris Chair", "chair@sample.example", link, expires, null, null, admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.ReminderKind, request, "Chris Chair", "chair@sample.example", link, expires, null, null, admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.CopyKind, request, "Gus Governor", "gus@sample.example", link, expires, null, null, admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.ReceiptKind, request, "Chris Chair", "chair@sample.example", null, null, approved, "ratify-sample#1-0123456789ab", admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.OutcomeKind, request, "Cleo Clerk", "clerk@sample.example", null, null, approved, "ratify-sample#1-0123456789ab", admin, "sample@policykit");
        yield return new(School(), Ratification.RatificationMessage.OutcomeKind, request, "Cleo Clerk", "clerk@sample.example", null, null, returned, "ratify-sample#1-0123456789ab", admin, "sample@policykit");
    }
}
