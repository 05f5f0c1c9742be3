namespace PolicyKit.SignOff.Roster;

/// <summary>
/// A header, job role or school name reduced to its lower-case letters and digits, so the many spellings an MIS
/// export and a trust's roster-groups table use ("Teaching Assistant", "teaching-assistant", "Email Address (Work)")
/// compare equal. The same rule as the source loader's, applied here to both sides of every lookup, so the published
/// tables may hold roles as the trust wrote them.
/// </summary>
internal static class RosterKey
{
    public static string Of(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
