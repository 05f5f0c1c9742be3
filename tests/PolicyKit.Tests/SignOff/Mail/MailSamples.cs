using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Mail;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.Tests.SignOff.Mail;

internal static class MailSamples
{
    // A 1×1 transparent PNG.
    public const string LogoBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    public static MailOptions Options { get; } = new() { From = "policies@oak-trust.example", FromName = "Oak Trust policies" };

    public static SchoolProfile School { get; } = new(
        "oakfield-primary", "Oakfield Primary School", "7A1F5C", null, LogoBase64, "image/png", "Oakfield Primary crest",
        "1 Oak Lane, Leeds LS1 1AA", "office@oakfield.example");

    public static InvitationMail Invitation(string name = "Jo Smith") => new(
        School, name, "jo.smith@oakfield.example", "Acceptable Use Policy", "2026.2",
        new Uri("https://policies.oak-trust.example/sign/r-1/abc?t=x&u=y"), new DateTimeOffset(2026, 12, 23, 23, 59, 0, TimeSpan.Zero),
        "inv-r-1-s101@policykit.oak-trust.example");

    public static ReceiptMail Receipt(string typedName = "Jo Smith") => new(
        School,
        new DecisionRecord
        {
            Kind = DecisionRecord.SignedKind,
            RoundId = "r-1",
            School = "oakfield-primary",
            SchoolName = "Oakfield Primary School",
            Policy = "acceptable-use",
            PolicyTitle = "Acceptable Use Policy",
            Version = "2026.2",
            DocumentFile = "acceptable-use.html",
            DocumentSha256 = "ab12" + new string('c', 60),
            PersonId = "S101",
            Group = "staff",
            Email = "jo.smith@oakfield.example",
            TypedName = typedName,
            Statements = ["I have read the policy."],
            AtUtc = new DateTimeOffset(2026, 7, 1, 13, 5, 9, TimeSpan.Zero),
            IpAddress = "203.0.113.7",
            UserAgent = "test",
            RequestId = "req-1",
        },
        "OAK-7Q2X", "<html>policy</html>"u8.ToArray(), "acceptable-use-2026.2.pdf", "de34" + new string('f', 60), "application/pdf", "rcpt-r-1-s101@policykit.oak-trust.example");
}
