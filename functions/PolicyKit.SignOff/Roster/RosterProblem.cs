namespace PolicyKit.SignOff.Roster;

/// <summary>One thing wrong with a roster file, at the physical line a person must change.</summary>
/// <param name="Line">1-based line in the file as an editor shows it (a quoted field may span lines; this is its first).</param>
/// <param name="Message">What is wrong and what to change.</param>
public sealed record RosterProblem(string File, int Line, string Message)
{
    /// <summary>"file(line): message", as the command line prints it.</summary>
    public override string ToString() => $"{File}({Line}): {Message}";
}
