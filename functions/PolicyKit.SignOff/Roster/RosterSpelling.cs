namespace PolicyKit.SignOff.Roster;

/// <summary>One header an MIS export may give a roster column.</summary>
/// <param name="Header">As the MIS prints it; messages show it this way.</param>
/// <param name="Rank">When a file has several columns for one field, lower ranks are read first (a preferred name before a legal one).</param>
internal sealed record RosterSpelling(string Header, RosterColumn Column, int Rank);
