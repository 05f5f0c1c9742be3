namespace PolicyKit.SignOff.Chasing;

/// <summary>One person named in a notice.</summary>
internal sealed record NoticePerson(string Name, string Email, string Group, int RemindersSent);
