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

    /// <summary>--format pdf was asked for, but LibreOffice is not installed; the other outputs were written.</summary>
    public const int PdfEngineMissing = 5;

    /// <summary>Some PDFs could not be made (each is named); every other output was written.</summary>
    public const int PdfConversionFailed = 6;

    /// <summary>Storage or the mail server could not be reached, or refused what was asked (publish, roster import, verify).</summary>
    public const int ServiceFailed = 7;

    /// <summary><c>signoff verify</c> found a record that was changed, removed or inserted.</summary>
    public const int EvidenceBroken = 8;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); files written are complete.</summary>
    public const int Cancelled = 130;

    /// <summary>A bug in PolicyKit.</summary>
    public const int InternalError = 70;
}
