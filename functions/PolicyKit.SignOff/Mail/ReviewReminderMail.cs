using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;

namespace PolicyKit.SignOff.Mail;

/// <summary>A reminder to a policy's owner, or to the clerk to governors, that its review is coming or overdue.</summary>
/// <param name="Today">The UK date the email is sent, from which the days left or overdue are counted.</param>
internal sealed record ReviewReminderMail(SchoolProfile School, ReviewReminderRecord Reminder, DateOnly Today, string MessageId)
{
    /// <summary>Days until the review date; negative once it has passed.</summary>
    public int DaysLeft => Reminder.ReviewDate.DayNumber - Today.DayNumber;
}
