using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Output;

internal static class StageText
{
    public static string Describe(BuildStage stage, int total) => stage switch
    {
        BuildStage.Checking => "Checking the sources",
        BuildStage.Rendering => $"Building {DiagnosticPrinter.Count(total, "document")}",
        BuildStage.Writing => $"Writing {DiagnosticPrinter.Count(total, "file")}",
        BuildStage.ConvertingPdf => $"Converting {DiagnosticPrinter.Count(total, "PDF")} with LibreOffice",
        BuildStage.WritingIndexes => "Writing the policy site's index pages",
        _ => stage.ToString(),
    };
}
