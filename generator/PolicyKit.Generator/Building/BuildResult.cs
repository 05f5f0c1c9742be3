namespace PolicyKit.Generator.Building;

/// <summary>What a build did.</summary>
/// <param name="WrittenFiles">Files written by this build, as paths under the output folder's parent.</param>
/// <param name="UpToDate">Outputs left alone because nothing they are made from had changed.</param>
/// <param name="Elapsed">How long the build took.</param>
/// <param name="PdfSkipped">PDFs were asked for but no PDF engine (LibreOffice) is installed; the other outputs were written.</param>
public sealed record BuildResult(IReadOnlyList<string> WrittenFiles, int UpToDate, TimeSpan Elapsed, bool PdfSkipped = false)
{
    /// <summary>Every selected document, with the outputs that are current for its sources (written now or before).</summary>
    public IReadOnlyList<BuiltDocument> Documents { get; init; } = [];

    /// <summary>The sources the build checked, for a host that needs more of them (a school's branding, its roles).</summary>
    public BuildSession? Session { get; init; }
}
