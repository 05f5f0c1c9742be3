namespace PolicyKit.Generator.Building;

/// <summary>What to build and where. Empty school or policy filters mean "all".</summary>
public sealed record BuildOptions
{
    public BuildOptions(string policiesRoot, DateOnly today)
    {
        PoliciesRoot = policiesRoot;
        Today = today;
    }

    public string PoliciesRoot { get; }

    /// <summary>The date review dates are compared with (taken from the clock by the host).</summary>
    public DateOnly Today { get; }

    public string OutputRoot { get; init; } = "out";

    public IReadOnlyList<string> Schools { get; init; } = [];

    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Which outputs to write beside each other: all three unless a host narrows them.</summary>
    public OutputFormats Formats { get; init; } = OutputFormats.All;

    /// <summary>Stop before writing anything when there is a warning, as for an error (--fail-on-warnings).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Rebuild every output even when its inputs have not changed.</summary>
    public bool Force { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long one LibreOffice batch of documents may take before it is stopped and its PDFs fail.</summary>
    public TimeSpan PdfBatchTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
