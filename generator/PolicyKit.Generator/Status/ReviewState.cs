namespace PolicyKit.Generator.Status;

/// <summary>How a policy's next review stands against today.</summary>
public enum ReviewState
{
    /// <summary>The review is more than <see cref="ReviewCalendar.DueSoonDays"/> days away.</summary>
    UpToDate,

    /// <summary>The review is within <see cref="ReviewCalendar.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>The review date has passed, or there is none.</summary>
    Overdue,
}
