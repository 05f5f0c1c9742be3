namespace PolicyKit.Generator.Calendar;

/// <summary>What <see cref="CalendarExport"/> writes and where.</summary>
public sealed class CalendarExportOptions
{
    /// <param name="outputFolder">The folder for &lt;school&gt;.ics and trust.ics.</param>
    public CalendarExportOptions(string outputFolder) => OutputFolder = outputFolder;

    /// <summary>The default folder, beside the built documents.</summary>
    public static string DefaultOutputFolder { get; } = Path.Combine(Building.BuildOptions.DefaultOutputRoot, "calendar");

    /// <summary>The folder for &lt;school&gt;.ics and trust.ics.</summary>
    public string OutputFolder { get; }

    /// <summary>Only these schools' calendars (and not the trust's, which would then be incomplete); empty means every school and the trust.</summary>
    public IReadOnlyList<string> Schools { get; init; } = [];

    /// <summary>Where the built policy site (the build's output folder) is published, so each event links to its policy's page; null leaves the link out.</summary>
    public Uri? SiteUrl { get; init; }
}
