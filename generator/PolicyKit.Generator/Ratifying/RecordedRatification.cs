namespace PolicyKit.Generator.Ratifying;

/// <summary>A ratification as the sources record it, compared with an approval key by key.</summary>
internal sealed record RecordedRatification(DateOnly? Date, string? Body, string? MinuteRef, string? Chair)
{
    /// <summary>Each recorded value that disagrees with <paramref name="approval"/>, in words; a value not recorded never disagrees.</summary>
    public IReadOnlyList<string> DifferencesFrom(RatificationApproval approval)
    {
        var differences = new List<string>();
        if (Date is { } date && date != approval.Date)
        {
            differences.Add($"ratified {YamlValues.Date(date)} (the approval says {YamlValues.Date(approval.Date)})");
        }

        if (Body is { } body && body != approval.Body)
        {
            differences.Add($"by {body} (the approval says {approval.Body})");
        }

        if (Chair is { } chair && chair != approval.Chair)
        {
            differences.Add($"chaired by {chair} (the approval says {approval.Chair})");
        }

        if (MinuteRef is { } minute && approval.MinuteRef is { } given && minute != given)
        {
            differences.Add($"minute {minute} (the approval says {given})");
        }

        return differences;
    }
}
