using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Loading;

/// <summary>One line of a <c>roster-groups:</c> table: a job role as an MIS export spells it and the roster group it joins.</summary>
/// <param name="Role">The job role in lower case with single spaces ("teaching assistant").</param>
/// <param name="Group">staff, governors or volunteers.</param>
public sealed record RosterGroupEntry(string Role, string Group, SourceSpan Span);
