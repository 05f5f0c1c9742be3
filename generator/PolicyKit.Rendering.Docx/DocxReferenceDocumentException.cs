namespace PolicyKit.Rendering.Docx;

/// <summary>Thrown when a Word reference document cannot be used (not a .docx, or no main document part).</summary>
public sealed class DocxReferenceDocumentException : Exception
{
    public DocxReferenceDocumentException()
    {
    }

    public DocxReferenceDocumentException(string message)
        : base(message)
    {
    }

    public DocxReferenceDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
