using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>Finds a policy's structure in a read document.</summary>
internal static class PolicyRecognizer
{
    public static ImportedPolicy Recognize(ImportedDocument document, ImportContext context) =>
        throw new NotImplementedException("Recognition is written in Recognition/.");
}
