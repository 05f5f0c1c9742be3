namespace PolicyKit.SignOff.Roster;

/// <summary>A school's roster as last imported. An import replaces the whole roster: the MIS export is the full list.</summary>
public sealed record StoredRoster(string School, string SourceFile, DateTimeOffset ImportedUtc, IReadOnlyList<RosterPerson> People);
