namespace PolicyKit.SignOff.Storage;

/// <summary>Where sign-off records live. Configuration section "Storage".</summary>
public sealed record StorageOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Storage";

    /// <summary>The container every record lives in, unless configuration names another.</summary>
    public const string DefaultContainer = "policykit";

    /// <summary>An Azure Storage connection string ("UseDevelopmentStorage=true" for a local Azurite).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The blob container every record lives in: 3 to 63 lower-case letters, digits or hyphens.</summary>
    public string Container { get; init; } = DefaultContainer;

    // Few retries and a short timeout make an outage show as "storage unavailable" quickly instead of a long hang.

    /// <summary>Retries of one storage call before it counts as "storage unavailable".</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The longest wait for one try of a storage call (Storage:NetworkTimeoutSeconds).</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Checks every setting, the connection string included (without repeating it: it holds the account key).</summary>
    /// <returns>One message per bad setting, naming its configuration key; empty when all are fine.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Container.Length is < 3 or > 63 || !Container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add($"{Section}:Container must be 3 to 63 lower-case letters, digits or hyphens (it is '{Container}').");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add($"{Section}:MaxRetries must be between 0 and 10 (it is {MaxRetries}).");
        }

        if (NetworkTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:NetworkTimeoutSeconds must be at least 1 (it is {NetworkTimeout.TotalSeconds}).");
        }

        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            try
            {
                SignOffStore.Connect(this);
            }
            catch (SignOffException ex)
            {
                problems.Add($"{Section}:ConnectionString: {ex.Message}");
            }
        }

        return problems;
    }
}
