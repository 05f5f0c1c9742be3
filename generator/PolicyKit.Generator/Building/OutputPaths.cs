namespace PolicyKit.Generator.Building;

/// <summary>
/// Where every output goes in the output folder: out/&lt;school&gt;/&lt;policy&gt;.docx, .html and .pdf beside each
/// other, out/&lt;school&gt;/index.html listing a school's policies, and out/index.html listing the schools. Paths are
/// relative to the output folder with '/' separators, as the manifest records them; the pages link to each other
/// with the same names, so the site works wherever the folder is copied.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The trust's index page, at the top of the output folder; also each school's index in its folder.</summary>
    public const string IndexPage = "index.html";

    /// <summary>The link from a school's index page back up to the trust's.</summary>
    public const string TrustIndexFromSchool = "../" + IndexPage;

    public static string Extension(OutputFormats format) => format switch
    {
        OutputFormats.Docx => "docx",
        OutputFormats.Html => "html",
        OutputFormats.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "one format at a time"),
    };

    /// <summary>A policy's file in its school's folder, which is also how its siblings and its school's index link to it.</summary>
    public static string FileName(string policyId, OutputFormats format) => $"{policyId}.{Extension(format)}";

    public static string Document(string schoolId, string policyId, OutputFormats format) => $"{schoolId}/{FileName(policyId, format)}";

    /// <summary>A redline of a policy between two versions, beside the school's documents: millbrook/information-security-2.0-to-2.1.docx.</summary>
    public static string Redline(string schoolId, string policyId, string fromVersion, string toVersion, string extension) =>
        $"{schoolId}/{policyId}-{SafeVersion(fromVersion)}-to-{SafeVersion(toVersion)}.{extension}";

    public static string SchoolIndex(string schoolId) => $"{schoolId}/{IndexPage}";

    /// <summary>A school's statutory policies page, in its folder beside its index, which links to it by this name.</summary>
    public const string StatutoryPoliciesPage = "statutory-policies.html";

    public static string StatutoryPolicies(string schoolId) => $"{schoolId}/{StatutoryPoliciesPage}";

    /// <summary>A path under the output folder as a path on disk (relative to the working folder when the output folder is).</summary>
    public static string OnDisk(string outputRoot, string relativePath) => Path.Combine(outputRoot, relativePath);

    // A version is free text in the sources; in a file name keep letters, digits, dots, hyphens and underscores.
    private static string SafeVersion(string version) =>
        new([.. version.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
}
