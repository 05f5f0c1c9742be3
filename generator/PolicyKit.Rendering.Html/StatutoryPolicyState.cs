namespace PolicyKit.Rendering.Html;

/// <summary>How a school stands against one statutory or recommended policy, as its statutory policies page words it.</summary>
public enum StatutoryPolicyState
{
    /// <summary>A ratified policy meets it and its review is not past ("In place").</summary>
    InPlace,

    /// <summary>None of the school's policies meets it ("Missing").</summary>
    Missing,

    /// <summary>A policy meets it but has not been ratified yet ("Not yet ratified").</summary>
    NotRatified,

    /// <summary>A policy meets it but its review date has passed ("Review overdue since …").</summary>
    ReviewOverdue,
}
