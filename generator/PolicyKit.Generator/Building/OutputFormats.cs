namespace PolicyKit.Generator.Building;

/// <summary>The kinds of output a build writes beside each other: out/&lt;school&gt;/&lt;policy&gt;.docx, .html, .pdf.</summary>
[Flags]
public enum OutputFormats
{
    /// <summary>No output.</summary>
    None = 0,

    /// <summary>The Word document, rendered with the school's reference document.</summary>
    Docx = 1,

    /// <summary>The web page people read and sign.</summary>
    Html = 2,

    /// <summary>The PDF, converted from the Word document by LibreOffice.</summary>
    Pdf = 4,

    /// <summary>All three.</summary>
    All = Docx | Html | Pdf,
}
