namespace PolicyKit.Generator.Building;

/// <summary>What to build and where. Empty school or policy filters mean "all".</summary>
public sealed record BuildOptions
{
    /// <summary>The output folder when none is named: "out", beside the policy folder when run from the repository root.</summary>
    public const string DefaultOutputRoot = "out";

    /// <param name="policiesRoot">The trust's policy folder (holding trust.yaml).</param>
    /// <param name="today">The date review dates are compared with.</param>
    public BuildOptions(string policiesRoot, DateOnly today)
    {
        PoliciesRoot = policiesRoot;
        Today = today;
    }

    /// <summary>The trust's policy folder (holding trust.yaml).</summary>
    public string PoliciesRoot { get; }

    /// <summary>The date review dates are compared with (taken from the clock by the host).</summary>
    public DateOnly Today { get; }

    /// <summary>The folder the documents are written to, as out/&lt;school&gt;/&lt;policy&gt;.docx and so on.</summary>
    public string OutputRoot { get; init; } = DefaultOutputRoot;

    /// <summary>The ids of the schools to build; empty for every school.</summary>
    public IReadOnlyList<string> Schools { get; init; } = [];

    /// <summary>The ids of the policies to build; empty for every policy.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Which outputs to write beside each other: all three unless a host narrows them.</summary>
    public OutputFormats Formats { get; init; } = OutputFormats.All;

    /// <summary>Stop before writing anything when there is a warning, as for an error (--fail-on-warnings).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// Build each policy whose newest version is proposed as that version: its number and a notice on the first page
    /// that it awaits ratification and is not in force, with no ratification date and no signatures. For sending
    /// to governors or trustees; build into a folder of its own, since the documents are not the ones in force.
    /// </summary>
    public bool ShowProposed { get; init; }

    /// <summary>Rebuild every output even when its inputs have not changed.</summary>
    public bool Force { get; init; }

    /// <summary>How many documents are modelled, rendered and written at once, and how many LibreOffice instances convert PDFs.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long one LibreOffice batch of documents may take before it is stopped and its PDFs fail.</summary>
    public TimeSpan PdfBatchTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
