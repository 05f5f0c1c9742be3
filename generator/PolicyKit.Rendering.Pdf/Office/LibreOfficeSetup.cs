namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>The programs and script an instance runs, found once per converter.</summary>
internal sealed record LibreOfficeSetup(string Soffice, string Python, string Script, string TemporaryRoot);
