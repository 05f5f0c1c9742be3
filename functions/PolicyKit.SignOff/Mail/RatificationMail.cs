using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Ratification;

namespace PolicyKit.SignOff.Mail;

/// <summary>One email about a ratification request: the chair's request, a governor's copy, the chair's receipt or the clerk's notice.</summary>
/// <param name="Link">The chair's or governor's page (request and copy), or null.</param>
/// <param name="AdminLink">The clerk's list of proposals (the clerk's notice).</param>
/// <param name="Reference">The decision's chain reference (receipt and notice), or null.</param>
internal sealed record RatificationMail(
    SchoolProfile School,
    string Kind,
    RatificationRequest Request,
    string RecipientName,
    string RecipientEmail,
    Uri? Link,
    DateTimeOffset? ExpiresUtc,
    DecisionRecord? Decision,
    string? Reference,
    Uri AdminLink,
    string MessageId);
