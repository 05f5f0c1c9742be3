using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Mail;

/// <summary>An email to a school's business manager: a decline, or who is still outstanding after the deadline.</summary>
internal sealed record NoticeMail(
    SchoolProfile School,
    SchoolContact Recipient,
    string RecipientEmail,
    NoticeRecord Notice,
    string PolicyTitle,
    string Version,
    DateOnly? SignBy,
    Uri DashboardLink,
    string MessageId);
