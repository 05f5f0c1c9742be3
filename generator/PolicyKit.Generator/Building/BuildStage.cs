namespace PolicyKit.Generator.Building;

public enum BuildStage
{
    Checking,
    Rendering,
    Writing,
    ConvertingPdf,
    WritingIndexes,
}
