using System.Text;
using PolicyKit.Import;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Cli.Output;

/// <summary>The Markdown report of a folder import: per document, the file written, what it holds, and each thing to check.</summary>
internal static class ImportReport
{
    public static string Markdown(string folder, FolderImportOutcome outcome)
    {
        var text = new StringBuilder();
        text.Append("# Import of ").Append(SourceSetLoader.DisplayPath(folder)).Append("\n\n");
        var written = outcome.Files.Count(f => f.WrittenPath is not null);
        text.Append(DiagnosticPrinter.Count(outcome.Files.Count, "document")).Append(": ")
            .Append(written).Append(" written, ").Append(outcome.Files.Count - written).Append(" not written. ")
            .Append("Each warning is a place the importer could not be sure of: its line in the written file, and the paragraph of the document it came from.\n");

        foreach (var problem in outcome.Diagnostics)
        {
            text.Append("\n- ").Append(Line(problem)).Append('\n');
        }

        foreach (var file in outcome.Files)
        {
            text.Append("\n## ").Append(Path.GetFileName(file.File)).Append("\n\n");
            if (file.WrittenPath is { } path)
            {
                text.Append("Written as `").Append(SourceSetLoader.DisplayPath(path)).Append("` (id `").Append(file.PolicyId).Append("`): ")
                    .Append(Summary(file)).Append(".\n");
            }
            else
            {
                text.Append("Not written.\n");
            }

            if (file.Diagnostics.Count == 0)
            {
                text.Append("\nNothing to check beyond reading it through.\n");
                continue;
            }

            text.Append('\n');
            foreach (var problem in file.Diagnostics)
            {
                text.Append("- ").Append(Line(problem)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>"4 sections, 23 clauses, 1 table, 3 versions; numbering decimal; read from Word's structure".</summary>
    public static string Summary(ImportOutcome file)
    {
        var counts = file.Counts;
        var numbering = file.Numbering is { } scheme ? $"numbering {scheme}" : "numbering not detected";
        var confidence = file.Confidence == ImportConfidence.TextOnly ? "read from the PDF's text only: lower confidence" : "read from the document's structure";
        return $"{DiagnosticPrinter.Count(counts.Sections, "section")}, {DiagnosticPrinter.Count(counts.Clauses, "clause")}, {DiagnosticPrinter.Count(counts.Tables, "table")}, {DiagnosticPrinter.Count(counts.Versions, "version")}; {numbering}; {confidence}";
    }

    private static string Line(Diagnostic diagnostic) =>
        $"{(diagnostic.IsError ? "**error**" : "warning")} {diagnostic.Code} at `{diagnostic.Span}`: {diagnostic.Message}";
}
