using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Statutory;

/// <summary>Reads a list of statutory policies: <c>requirements:</c>, each entry in the shape <see cref="StatutoryEntryReader"/> reads.</summary>
/// <remarks>Public for the generator, whose built-in list is an embedded YAML file in this shape.</remarks>
public static class StatutoryListReader
{
    /// <summary>The list's key at the top of the file.</summary>
    public const string Key = "requirements";

    /// <param name="text">The YAML text.</param>
    /// <param name="path">Its name as messages print it.</param>
    /// <param name="diagnostics">Where problems go, each at its line.</param>
    /// <returns>The entries that could be read.</returns>
    public static IReadOnlyList<StatutoryEntrySource> Read(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = YamlFile.Parse(text, path, 0, diagnostics);
        if (file is null)
        {
            return [];
        }

        var entries = file.MapList(Key, required: true).Select(e => StatutoryEntryReader.Read(e, "a statutory policy")).OfType<StatutoryEntrySource>().ToList();
        file.ReportUnknownKeys(path);
        return entries;
    }
}
