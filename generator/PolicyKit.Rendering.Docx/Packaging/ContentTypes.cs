namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>Content and relationship types of the parts PolicyKit writes (ECMA-376 Part 1, 11 and 15).</summary>
internal static class ContentTypes
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string Document = Wml + "document.main+xml";
    public const string Styles = Wml + "styles+xml";
    public const string Numbering = Wml + "numbering+xml";
    public const string Settings = Wml + "settings+xml";
    public const string FontTable = Wml + "fontTable+xml";
    public const string Header = Wml + "header+xml";
    public const string Footer = Wml + "footer+xml";
    public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string ExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    public const string CustomProperties = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

    public const string OfficeDocumentRelationship = OfficeRelationships + "officeDocument";
    public const string StylesRelationship = OfficeRelationships + "styles";
    public const string NumberingRelationship = OfficeRelationships + "numbering";
    public const string SettingsRelationship = OfficeRelationships + "settings";
    public const string WebSettingsRelationship = OfficeRelationships + "webSettings";
    public const string FontTableRelationship = OfficeRelationships + "fontTable";
    public const string ThemeRelationship = OfficeRelationships + "theme";
    public const string HeaderRelationship = OfficeRelationships + "header";
    public const string FooterRelationship = OfficeRelationships + "footer";
    public const string ImageRelationship = OfficeRelationships + "image";
    public const string HyperlinkRelationship = OfficeRelationships + "hyperlink";
    public const string ExtendedPropertiesRelationship = OfficeRelationships + "extended-properties";
    public const string CustomPropertiesRelationship = OfficeRelationships + "custom-properties";
    public const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
}
