namespace PolicyKit.Cli;

/// <summary>Process exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The sources have errors (or warnings with --fail-on-warnings); nothing was written.</summary>
    public const int SourceErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>An output file could not be written (disk full, permissions).</summary>
    public const int OutputFailed = 3;

    /// <summary>Reviews are overdue (status --fail-on-overdue).</summary>
    public const int ReviewsOverdue = 4;

    /// <summary>A bug in PolicyKit.</summary>
    public const int InternalError = 70;
}
