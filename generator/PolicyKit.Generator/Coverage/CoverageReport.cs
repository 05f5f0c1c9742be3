using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Coverage;

/// <summary>Each school's statutory and recommended policies, and the trust's policies that meet them.</summary>
public static class CoverageReport
{
    /// <summary>One <see cref="SchoolCoverage"/> per school, in the sources' school order.</summary>
    public static IReadOnlyList<SchoolCoverage> For(SourceSet sources, DateOnly today) =>
        throw new NotImplementedException("The coverage report is written in Coverage/.");
}
