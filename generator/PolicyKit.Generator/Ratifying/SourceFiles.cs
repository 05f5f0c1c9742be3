namespace PolicyKit.Generator.Ratifying;

/// <summary>The files one approval edits, each read once, so every edit to a file goes into one pass over it.</summary>
internal sealed class SourceFiles
{
    private readonly Dictionary<string, (YamlLines File, LineEdits Edits)> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Every file with edits, in the order first asked for.</summary>
    public IReadOnlyList<(string Path, LineEdits Edits)> All =>
        _order.Select(p => (p, _files[p].Edits)).Where(f => !f.Edits.IsEmpty).ToList();

    public (YamlLines File, LineEdits Edits) FrontMatter(string path) => Open(path, YamlLines.OfFrontMatter);

    public (YamlLines File, LineEdits Edits) Yaml(string path) => Open(path, YamlLines.OfYaml);

    /// <summary>A YAML file that may not exist yet; a missing one starts empty.</summary>
    public (YamlLines File, LineEdits Edits) NewOrExistingYaml(string path) =>
        Open(path, text => YamlLines.OfYaml(text), File.Exists(path) ? null : string.Empty);

    private (YamlLines File, LineEdits Edits) Open(string path, Func<string, YamlLines> read, string? text = null)
    {
        if (!_files.TryGetValue(path, out var open))
        {
            var file = read(text ?? File.ReadAllText(path));
            _files[path] = open = (file, new LineEdits(Sources.Loading.SourceSetLoader.DisplayPath(path), file));
            _order.Add(path);
        }

        return open;
    }
}
