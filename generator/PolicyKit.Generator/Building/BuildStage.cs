namespace PolicyKit.Generator.Building;

/// <summary>The phases of a build, in the order they run, as reported in <see cref="BuildProgress"/>.</summary>
public enum BuildStage
{
    /// <summary>Loading and checking the sources; deciding which outputs are out of date.</summary>
    Checking,

    /// <summary>Modelling and rendering the out-of-date documents in memory.</summary>
    Rendering,

    /// <summary>Writing the Word documents and web pages.</summary>
    Writing,

    /// <summary>Converting the Word documents just written to PDF.</summary>
    ConvertingPdf,

    /// <summary>Writing the policy site's index pages.</summary>
    WritingIndexes,
}
