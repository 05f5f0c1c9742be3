namespace PolicyKit.SignOff.Storage;

/// <summary>Where sign-off records live. Configuration section "Storage".</summary>
public sealed record StorageOptions
{
    /// <summary>An Azure Storage connection string ("UseDevelopmentStorage=true" for a local Azurite).</summary>
    public required string ConnectionString { get; init; }

    public string Container { get; init; } = "policykit";

    /// <summary>Retries of one storage call before it counts as "storage unavailable".</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
