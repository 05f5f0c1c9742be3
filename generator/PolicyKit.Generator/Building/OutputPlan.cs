using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>One school's copy of one policy, with the formats that must be written again and their input hashes.</summary>
internal sealed record OutputPlan(SchoolSource School, PolicySource Policy, string InputHash, OutputFormats Stale)
{
    /// <summary>The output's path under the output folder, with '/' separators (as recorded in the manifest).</summary>
    public string RelativePath(OutputFormats format) => OutputPaths.Document(School.Id, Policy.Id, format);

    /// <summary>Each format's own input hash: the HTML page also depends on which siblings (PDF, Word) it links to.</summary>
    public static string FormatHash(string inputHash, OutputFormats format, OutputFormats requested) =>
        format == OutputFormats.Html ? $"{inputHash}:html:{(int)(requested & (OutputFormats.Pdf | OutputFormats.Docx))}" : $"{inputHash}:{OutputPaths.Extension(format)}";
}
