namespace PolicyKit.Cli.Local;

/// <summary>How to run the local stand-ins for Azure Blob Storage (Azurite) and an SMTP server (maildev).</summary>
internal sealed record LocalServicesOptions
{
    /// <summary>The ports <c>policykit serve</c> prefers: Azurite's and maildev's usual ones.</summary>
    public static LocalServicesOptions Serve { get; } = new() { BlobPort = 10000, SmtpPort = 1025, WebPort = 1080 };

    /// <summary>Azurite's blob port; 0 picks a free loopback port.</summary>
    public int BlobPort { get; init; }

    /// <summary>maildev's SMTP port; 0 picks a free loopback port.</summary>
    public int SmtpPort { get; init; }

    /// <summary>maildev's web UI and REST API port; 0 picks a free loopback port.</summary>
    public int WebPort { get; init; }

    /// <summary>When a port asked for is taken, use a free one instead of failing.</summary>
    public bool FallBackToFreePorts { get; init; } = true;

    /// <summary>How long each server may take to answer after it was started (the machine may be busy building).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long installing the pinned tools with npm ci may take.</summary>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Where the servers run and maildev keeps mail; null: a new temporary folder, deleted on dispose.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>The folder holding the tools' package.json; null: search upwards for tools/local-services.</summary>
    public string? ToolsFolder { get; init; }
}
