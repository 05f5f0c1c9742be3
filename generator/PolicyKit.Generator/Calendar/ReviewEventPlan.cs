using PolicyKit.Sources.Calendar;

namespace PolicyKit.Generator.Calendar;

/// <summary>The events to write and the state that records them.</summary>
internal sealed record ReviewEventPlan(IReadOnlyList<ReviewEvent> Events, CalendarState State, int NewEvents, int MovedEvents, int Undated);
