namespace PolicyKit.SignOff.Tracking;

/// <summary>
/// What the dashboard shows of a round: a school, a group, a status and search text (part of a name, email or staff
/// id). The exports take the same filter, so "download what I see" downloads exactly the rows shown.
/// </summary>
public sealed record PersonFilter(string? School = null, string? Group = null, PersonStatus? Status = null, string? Search = null)
{
    public bool IsEmpty => string.IsNullOrEmpty(School) && string.IsNullOrEmpty(Group) && Status is null && string.IsNullOrWhiteSpace(Search);

    public bool Matches(PersonRow row)
    {
        var text = Search?.Trim();
        return (string.IsNullOrEmpty(School) || row.School == School)
            && (string.IsNullOrEmpty(Group) || row.Group == Group)
            && (Status is null || row.Status == Status)
            && (string.IsNullOrEmpty(text)
                || row.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || row.Email.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (row.StaffId?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    public RoundStatus Apply(RoundStatus status) => IsEmpty ? status : status with { People = status.People.Where(Matches).ToList() };

    /// <summary>Reads a status as the API and the page's filter give it: the name ("EmailFailed") or the words ("email failed").</summary>
    /// <returns>False when the text names no status; then <paramref name="status"/> is null.</returns>
    public static bool TryParseStatus(string? text, out PersonStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var squeezed = new string(text.Where(char.IsAsciiLetter).ToArray());
        foreach (var value in Enum.GetValues<PersonStatus>())
        {
            if (string.Equals(value.ToString(), squeezed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(new string(RoundExport.StatusText(value).Where(char.IsAsciiLetter).ToArray()), squeezed, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }

        return false;
    }

    public static string StatusChoices => string.Join(", ", Enum.GetValues<PersonStatus>().Select(RoundExport.StatusText));
}
