using PolicyKit.Import.Reading;
using PolicyKit.Import.Recognition;
using PolicyKit.Import.Targets;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Import.Importing;

/// <summary>Reads one document, recognises its policy and writes the source file: everything but the check that it builds.</summary>
internal static class DocumentImport
{
    // The reader's own list: Word, OpenDocument, old Word and RTF through LibreOffice, and PDF text.
    public static readonly string[] Extensions = [".docx", ".docm", ".odt", ".doc", ".rtf", ".pdf"];

    public static void Run(PendingImport import, ImportSources sources, string? schoolId, bool overwrite)
    {
        var display = SourceSetLoader.DisplayPath(import.File);
        if (!Extensions.Contains(Path.GetExtension(import.File).ToLowerInvariant()))
        {
            import.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ImportFileType, SourceSpan.ForFile(display), $"PolicyKit imports Word (.docx, .docm, .doc), OpenDocument (.odt), RTF (.rtf) and PDF (.pdf) files; open this one in Word or LibreOffice and save it as .docx, then import that."));
            return;
        }

        if (!File.Exists(import.File))
        {
            import.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound, SourceSpan.ForFile(display), "the document does not exist; check the file's name and folder."));
            return;
        }

        try
        {
            // The target first: a file already there is refused before the document is even read.
            var target = ImportTarget.Resolve(sources.Get(), import.PolicyId, schoolId);
            var output = SourceSetLoader.DisplayPath(target.OutputPath);
            if (File.Exists(target.OutputPath) && !overwrite)
            {
                import.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ImportTargetExists, SourceSpan.ForFile(output), $"{output} is already there, so {Path.GetFileName(import.File)} was not imported; import it with another id (--as), or add --force to replace the file."));
                return;
            }

            var document = DocumentReader.Read(import.File);
            var policy = PolicyRecognizer.Recognize(document, target.Context);
            var written = target.Render(policy);
            AtomicText.Write(target.OutputPath, written.Text);

            import.WrittenPath = target.OutputPath;
            import.Numbering = policy.Numbering;
            import.Confidence = policy.Confidence == ReadConfidence.TextOnly ? ImportConfidence.TextOnly : ImportConfidence.Structured;
            import.Counts = SourceCounts.Of(policy);
            import.Diagnostics.AddRange(Warnings(policy, written.Warnings, output, Path.GetFileName(import.File)));
        }
        catch (ImportException ex)
        {
            import.Diagnostics.Add(ex.Diagnostic);
        }
    }

    /// <summary>Each warning at the written file's line, naming the paragraph of the original; those with no place at the file as a whole.</summary>
    private static IEnumerable<Diagnostic> Warnings(ImportedPolicy policy, IReadOnlyList<Writing.PlacedWarning> placed, string output, string original)
    {
        foreach (var (line, warning) in placed)
        {
            yield return new Diagnostic(DiagnosticSeverity.Warning, warning.Code, new SourceSpan(output, line, 1), WithParagraph(warning, original));
        }

        foreach (var warning in policy.Warnings.Except(placed.Select(p => p.Warning)))
        {
            yield return new Diagnostic(DiagnosticSeverity.Warning, warning.Code, SourceSpan.ForFile(output), WithParagraph(warning, original));
        }
    }

    private static string WithParagraph(ImportWarning warning, string original) =>
        warning.Ordinal is { } ordinal ? $"{warning.Message} (paragraph {ordinal} of {original})" : warning.Message;
}
