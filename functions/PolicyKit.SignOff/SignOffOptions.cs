namespace PolicyKit.SignOff;

/// <summary>How rounds behave. Configuration section "SignOff".</summary>
public sealed record SignOffOptions
{
    /// <summary>The service's public address, used to build the links in emails (e.g. https://policies.example.org/).</summary>
    public required Uri PublicBaseUrl { get; init; }

    /// <summary>How long a sign link works after it is sent.</summary>
    public int LinkLifetimeDays { get; init; } = DefaultLinkLifetimeDays;

    /// <summary>The link lifetime of a round started where the service's configuration is not at hand (publish's re-acceptance rounds).</summary>
    internal const int DefaultLinkLifetimeDays = 30;

    /// <summary>How many storage calls a round start or a mail run makes at once.</summary>
    public int StorageParallelism { get; init; } = 32;

    /// <summary>
    /// The secret the service signs its own records with (decisions, exemptions), so a record put straight into
    /// storage is not taken for one it wrote. From configuration only, never from storage.
    /// </summary>
    public byte[] RecordKey { get; init; } = [];

    /// <summary>When reminders go out: a cron expression read in UK time (default 09:00 on weekdays).</summary>
    public string ReminderSchedule { get; init; } = Chasing.ChaseSchedule.Default;

    /// <summary>Days after a ratification request is sent before its chair, not having decided, is reminded once; 0 for never.</summary>
    public int RatificationReminderDays { get; init; } = 7;

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per bad setting, naming its configuration key; empty when all are fine. Never contains the record key.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!PublicBaseUrl.IsAbsoluteUri || PublicBaseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add($"SignOff:PublicBaseUrl must be an absolute http(s) address (it is '{PublicBaseUrl}').");
        }

        if (LinkLifetimeDays is < 1 or > 365)
        {
            problems.Add($"SignOff:LinkLifetimeDays must be between 1 and 365 (it is {LinkLifetimeDays}).");
        }

        if (RatificationReminderDays is < 0 or > 365)
        {
            problems.Add($"SignOff:RatificationReminderDays must be between 0 (never remind) and 365 (it is {RatificationReminderDays}).");
        }

        if (StorageParallelism is < 1 or > 64)
        {
            problems.Add($"SignOff:StorageParallelism must be between 1 and 64 (it is {StorageParallelism}).");
        }

        if (RecordKey.Length < Evidence.RecordAuthenticator.MinimumKeyBytes)
        {
            problems.Add($"SignOff:RecordKey must be at least {Evidence.RecordAuthenticator.MinimumKeyBytes} random bytes, base64-encoded: make one with 'policykit signoff record-key' (it has {RecordKey.Length} bytes).");
        }

        if (Chasing.ChaseSchedule.TryParse(ReminderSchedule, out var problem) is null)
        {
            problems.Add(problem!);
        }

        return problems;
    }
}
