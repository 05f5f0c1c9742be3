namespace PolicyKit.Generator.Building;

/// <summary>The kinds of output a build writes beside each other: out/&lt;school&gt;/&lt;policy&gt;.docx, .html, .pdf.</summary>
[Flags]
public enum OutputFormats
{
    None = 0,
    Docx = 1,
    Html = 2,
    Pdf = 4,
    All = Docx | Html | Pdf,
}
