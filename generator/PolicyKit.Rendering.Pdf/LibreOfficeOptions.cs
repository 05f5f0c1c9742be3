namespace PolicyKit.Rendering.Pdf;

/// <summary>How PDF conversion runs LibreOffice.</summary>
public sealed class LibreOfficeOptions
{
    /// <summary>The <c>soffice</c> program; null finds it with <see cref="LibreOffice.FindSoffice"/>.</summary>
    public string? SofficePath { get; init; }

    /// <summary>How many LibreOffice instances run at once, each with its own profile. One per core by default.</summary>
    public int Instances { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The most documents one instance converts in one batch. Smaller batches are used when there are too few
    /// documents to give every instance one.
    /// </summary>
    public int BatchSize { get; init; } = 25;

    /// <summary>How long one batch may take, including starting its instance. Past it the instance is killed.</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Where instances keep their profiles; the system temp folder unless a test needs its own.</summary>
    internal string? TemporaryRoot { get; init; }
}
