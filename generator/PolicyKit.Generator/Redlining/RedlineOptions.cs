using PolicyKit.Generator.Building;

namespace PolicyKit.Generator.Redlining;

/// <summary>Which policy and school to redline, between which two source folders, and where the redline goes.</summary>
public sealed record RedlineOptions
{
    /// <param name="fromSources">The policy folder (holding trust.yaml) of the old version.</param>
    /// <param name="toSources">The policy folder of the new version.</param>
    /// <param name="policyId">The policy to compare.</param>
    /// <param name="schoolId">The school whose document is compared, numbered and branded as that school has it.</param>
    /// <param name="today">The date review dates are checked against while the sources are read.</param>
    public RedlineOptions(string fromSources, string toSources, string policyId, string schoolId, DateOnly today)
    {
        FromSources = fromSources;
        ToSources = toSources;
        PolicyId = policyId;
        SchoolId = schoolId;
        Today = today;
    }

    /// <summary>The policy folder of the old version.</summary>
    public string FromSources { get; }

    /// <summary>The policy folder of the new version.</summary>
    public string ToSources { get; }

    /// <summary>The policy to compare.</summary>
    public string PolicyId { get; }

    /// <summary>The school whose document is compared.</summary>
    public string SchoolId { get; }

    /// <summary>The date review dates are checked against.</summary>
    public DateOnly Today { get; }

    /// <summary>The output folder: the redline goes to &lt;school&gt;/&lt;policy&gt;-&lt;from&gt;-to-&lt;to&gt;.docx, .html and .md in it.</summary>
    public string OutputRoot { get; init; } = BuildOptions.DefaultOutputRoot;
}
