namespace PolicyKit.Bench;

/// <summary>Process exit codes of the benchmark tool.</summary>
internal static class BenchExitCodes
{
    public const int Success = 0;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The trust could not be written (missing example files, a non-trust folder in the way, disk full), or a PDF failed.</summary>
    public const int OutputFailed = 3;
}
