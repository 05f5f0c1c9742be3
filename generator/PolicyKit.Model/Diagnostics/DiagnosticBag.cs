using System.Collections;

namespace PolicyKit.Model.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe so documents can be built in parallel.</summary>
public sealed class DiagnosticBag : IReadOnlyCollection<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) { return _items.Count; } }
    }

    public bool HasErrors
    {
        get { lock (_gate) { return _items.Exists(d => d.IsError); } }
    }

    public int ErrorCount
    {
        get { lock (_gate) { return _items.Count(d => d.IsError); } }
    }

    public int WarningCount => Count - ErrorCount;

    public void Add(Diagnostic diagnostic)
    {
        // The same problem found while building several schools' documents is reported once.
        lock (_gate)
        {
            if (_seen.Add(diagnostic))
            {
                _items.Add(diagnostic);
            }
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, span, message));

    /// <summary>Diagnostics in a stable order (file, line, column, code) so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }

    public IEnumerator<Diagnostic> GetEnumerator() => Sorted().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
