using System.Text;
using PolicyKit.Model.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using SourceSpan = PolicyKit.Model.Diagnostics.SourceSpan;

namespace PolicyKit.Sources.Templating;

/// <summary>
/// A policy body (or a school's replacement text) parsed once as a Scriban template and rendered once per school.
/// Strict: unknown variables, roles and settings are errors; no includes, files or network.
/// </summary>
internal sealed class PolicyTemplate
{
    private const int LoopLimit = 1000;
    private const int RecursionLimit = 50;

    // The clock and random numbers would change a document without changing its inputs: incremental builds would
    // keep stale copies and two builds would differ. Templates get every other built-in function.
    private static readonly Lazy<ScriptObject> DeterministicBuiltins = new(() =>
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        (builtins["date"] as ScriptObject)?.Remove("now");
        (builtins["math"] as ScriptObject)?.Remove("random");
        return builtins;
    });

    private readonly Template _template;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly int _firstColumn;
    private readonly HashSet<int> _tagOnlyLines;
    private readonly HashSet<(int Line, int Column)> _reported = [];

    private PolicyTemplate(Template template, string path, int firstLine, int firstColumn, HashSet<int> tagOnlyLines)
    {
        _template = template;
        _path = path;
        _firstLine = firstLine;
        _firstColumn = firstColumn;
        _tagOnlyLines = tagOnlyLines;
    }

    /// <param name="firstLine">The 1-based line of <paramref name="path"/> where <paramref name="text"/> starts.</param>
    /// <param name="firstColumn">The 1-based column where <paramref name="text"/> starts on that line (a value written after a YAML key).</param>
    /// <returns>The template, or null when it has syntax errors (reported).</returns>
    public static PolicyTemplate? Parse(string text, string path, int firstLine, DiagnosticBag diagnostics, int firstColumn = 1)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(
                    DiagnosticCodes.TemplateSyntax,
                    new SourceSpan(path, message.Span.Start.Line + firstLine, message.Span.Start.Column + (message.Span.Start.Line == 0 ? firstColumn : 1)),
                    $"template syntax error: {message.Message.TrimEnd('.')}.");
            }

            return null;
        }

        new RawTextMarker(LineStarts(text), firstLine).Visit(template.Page);
        return new PolicyTemplate(template, path, firstLine, firstColumn, LineMarkers.TagOnlyLines(text, firstLine));
    }

    /// <summary>Checks every <c>settings.x</c>, <c>roles.x.y</c>, <c>school.x</c>… against the names any school offers, including branches no school takes.</summary>
    public void CheckReferences(IReadOnlyDictionary<string, IReadOnlySet<string>> known, DiagnosticBag diagnostics)
    {
        var checker = new TemplateReferenceChecker(known);
        checker.Visit(_template.Page);
        foreach (var problem in checker.Problems)
        {
            _reported.Add((problem.Span.Start.Line, problem.Span.Start.Column));
            diagnostics.Error(problem.Code, ToSpan(problem.Span), problem.Message);
        }
    }

    public ExpandedText? Render(TemplateScope scope, DiagnosticBag diagnostics)
    {
        var context = new TemplateContext(DeterministicBuiltins.Value)
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            TemplateLoader = null,
            EnableRelaxedMemberAccess = false,
        };
        context.TryGetMember = (TemplateContext _, ScribanSpan span, object target, string member, out object? value) =>
        {
            value = null;
            if (!_reported.Contains((span.Start.Line, span.Start.Column)))
            {
                diagnostics.Error(DiagnosticCodes.UnknownVariable, ToSpan(span), $"'{member}' is not defined for {scope.SchoolName}; add it to that school's school.yaml or trust.yaml, or guard it with an 'if'.");
            }

            return false;
        };
        context.PushGlobal(scope.Globals);
        try
        {
            var output = _template.Render(context);
            var (text, lines) = LineMarkers.Resolve(output, _firstLine, _tagOnlyLines);
            return new ExpandedText(text, lines, _path);
        }
        catch (ScriptRuntimeException ex)
        {
            var code = ex.OriginalMessage.Contains("was not found", StringComparison.Ordinal) ? DiagnosticCodes.UnknownVariable : DiagnosticCodes.TemplateRuntime;
            if (!_reported.Contains((ex.Span.Start.Line, ex.Span.Start.Column)))
            {
                diagnostics.Error(code, ToSpan(ex.Span), $"{ex.OriginalMessage.Replace('`', '\'').TrimEnd('.')} (for {scope.SchoolName}).");
            }

            return null;
        }
    }

    private SourceSpan ToSpan(ScribanSpan span) => new(_path, span.Start.Line + _firstLine, span.Start.Column + (span.Start.Line == 0 ? _firstColumn : 1));

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>Prefixes each source line's literal text with a marker naming that line, its column and its length.</summary>
    private sealed class RawTextMarker(int[] lineStarts, int firstLine) : ScriptVisitor
    {
        public override void Visit(ScriptRawStatement node)
        {
            var slice = node.Text;
            if (slice.Length == 0)
            {
                return;
            }

            var text = slice.FullText!;
            var end = slice.Index + slice.Length;
            var marked = new StringBuilder(slice.Length + 16);
            for (var start = slice.Index; start < end;)
            {
                var newline = text.IndexOf('\n', start, end - start);
                var stop = newline < 0 ? end : newline + 1;
                var line = LineOf(start);
                marked.Append(LineMarkers.Mark(line + firstLine, start - lineStarts[line], (newline < 0 ? end : newline) - start));
                marked.Append(text, start, stop - start);
                start = stop;
            }

            node.Text = new ScriptStringSlice(marked.ToString());
        }

        private int LineOf(int index)
        {
            var found = Array.BinarySearch(lineStarts, index);
            return found >= 0 ? found : ~found - 1;
        }
    }
}
