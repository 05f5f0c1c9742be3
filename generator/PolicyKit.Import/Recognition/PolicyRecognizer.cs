using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>Finds a policy's structure in a read document.</summary>
internal static class PolicyRecognizer
{
    public static ImportedPolicy Recognize(ImportedDocument document, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var reading = new DocumentReading(document, context);

        // Phase 1: the cover, contents and details before the policy's text.
        var front = FrontParts.Read(reading);

        // Phase 2: the body, with the tables and signatures that may follow it.
        BodyRecognizer.Read(reading, front.BodyStart);

        // Phase 3: the numbering scheme and the front matter.
        var numbering = SchemeDetector.Numbering(reading);
        var frontMatter = FrontMatterBuilder.Build(reading, front.Title, numbering, SchemeDetector.PolicyNumber(reading));
        if (document.Confidence == ReadConfidence.TextOnly)
        {
            reading.Warnings.Insert(0, new ImportWarning(DiagnosticCodes.ImportStructureGuessed, "this document gives only its text, so its headings, clauses and their levels were guessed from typed numbers and short lines; check the structure against the original before relying on it.", null));
        }

        return new ImportedPolicy(context.PolicyId, front.Title, numbering, document.Confidence, frontMatter, reading.Body.Build(), reading.Warnings)
        {
            RatifiedAsPrinted = reading.Metadata.Ratified is { MonthOnly: false } ratified ? ratified.ToSource() : null,
        };
    }
}
