namespace PolicyKit.Model.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
