using PolicyKit.Import.Targets;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Import.Importing;

/// <summary>
/// The sources an import writes into, loaded once for a whole folder of documents rather than once per document
/// (loading a trust's sources costs more than reading a document).
/// </summary>
internal sealed class ImportSources(string root)
{
    private SourceSet? _sources;
    private ImportException? _error;

    /// <exception cref="ImportException">The sources have errors (PK1351); every document of the folder is told so.</exception>
    public SourceSet Get()
    {
        if (_error is not null)
        {
            throw _error;
        }

        try
        {
            return _sources ??= ImportTarget.LoadSources(root);
        }
        catch (ImportException ex)
        {
            _error = ex;
            throw;
        }
    }
}
