using PolicyKit.Rendering.Docx.Widths;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>What a render takes from the reference document, parsed once and shared by every render.</summary>
internal sealed record ReferenceParts(
    string StylesXml,
    ReferencePart Styles,
    ReferencePart Settings,
    ReferencePart? Theme,
    ReferencePart? FontTable,
    ReferencePart? WebSettings,
    string SectionPropertiesXml,
    int TextWidthTwips,
    TextMetrics TextMetrics);
