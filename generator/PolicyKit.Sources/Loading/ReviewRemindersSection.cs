using System.Globalization;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

/// <summary>Reads <c>review-reminders:</c> from trust.yaml: how far ahead of a review, and how often after it, people are reminded.</summary>
internal static class ReviewRemindersSection
{
    public const string Key = "review-reminders";

    /// <summary>A year and a day: further ahead than any review cycle shorter than a year needs.</summary>
    public const int MaxDays = 366;

    public static ReviewReminderSettings Read(YamlMap file)
    {
        var section = file.Map(Key);
        if (section is null)
        {
            return ReviewReminderSettings.Default;
        }

        var before = ReviewReminderSettings.Default.BeforeDays;
        if (section.Has("before-days"))
        {
            before = BeforeDays(section);
        }

        var every = ReviewReminderSettings.Default.OverdueEveryDays;
        if (section.Has("overdue-every-days") && section.Int("overdue-every-days") is { } days)
        {
            if (days is < 1 or > MaxDays)
            {
                Error(section, section.SpanOfValue("overdue-every-days"), $"'overdue-every-days' must be between 1 and {MaxDays} days (it is {days}); 7 reminds people weekly once a review is overdue.");
            }
            else
            {
                every = days;
            }
        }

        section.ReportUnknownKeys(Key);
        return new ReviewReminderSettings(before, every);
    }

    private static List<int> BeforeDays(YamlMap section)
    {
        var days = new List<int>();
        foreach (var (text, span) in section.StringList("before-days"))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > MaxDays)
            {
                Error(section, span, $"'before-days' must list whole numbers of days from 0 to {MaxDays}, such as [60, 30, 7]; '{text}' is not one.");
            }
            else if (days.Contains(value))
            {
                Error(section, span, $"'before-days' lists {value} twice; keep one.");
            }
            else
            {
                days.Add(value);
            }
        }

        return days.OrderDescending().ToList();
    }

    private static void Error(YamlMap section, SourceSpan span, string message) =>
        section.Diagnostics.Error(DiagnosticCodes.InvalidReviewReminders, span, message);
}
