namespace PolicyKit.Rendering.Docx;

/// <summary>Options for <see cref="DocxRenderer.Render"/>.</summary>
public sealed class DocxRenderOptions
{
    /// <summary>The Word document whose styles, theme, fonts, settings and page setup the output takes.</summary>
    public required DocxReferenceDocument ReferenceDocument { get; init; }
}
