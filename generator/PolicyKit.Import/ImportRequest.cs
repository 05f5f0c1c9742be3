namespace PolicyKit.Import;

/// <summary>One document to import as one policy (or, with <see cref="SchoolId"/>, as that school's version of it).</summary>
/// <param name="SourcesRoot">The trust's policy folder, holding trust.yaml.</param>
/// <param name="File">The .docx, .docm, .odt, .doc, .rtf or .pdf to import.</param>
/// <param name="PolicyId">The id to import it as: the file written is <c>&lt;id&gt;.md</c> (or the school's override of that policy).</param>
/// <param name="Today">Review dates before this day are reported as overdue when the written file is checked.</param>
public sealed record ImportRequest(string SourcesRoot, string File, string PolicyId, DateOnly Today)
{
    /// <summary>The school whose document this is (<c>--school</c>), or null for the trust's own policy.</summary>
    public string? SchoolId { get; init; }

    /// <summary>Replace a file that is already there (<c>--force</c>); otherwise an existing file is an error and is left alone.</summary>
    public bool Overwrite { get; init; }
}
