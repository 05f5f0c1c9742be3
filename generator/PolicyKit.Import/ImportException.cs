using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import;

/// <summary>A document that cannot be imported at all; its diagnostic names the file and what to do.</summary>
internal sealed class ImportException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
