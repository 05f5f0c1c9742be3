namespace PolicyKit.Model.Diagnostics;

/// <summary>A problem a person can fix, printed as <c>path(line,col): error PK0101: message</c>.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, SourceSpan Span, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return $"{Span}: {severity} {Code}: {Message}";
    }
}
