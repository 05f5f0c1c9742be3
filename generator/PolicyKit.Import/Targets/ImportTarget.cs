using PolicyKit.Import.Recognition;
using PolicyKit.Import.Writing;

namespace PolicyKit.Import.Targets;

/// <summary>
/// Where an import goes: the trust's <c>policies/&lt;id&gt;.md</c>, or with <c>--school</c> that school's override of
/// the trust's policy (or the school's names in a new trust policy when the trust has none by that id).
/// </summary>
internal sealed class ImportTarget(string outputPath, ImportContext context, Func<ImportedPolicy, WrittenSource> render)
{
    /// <summary>The file to write, under the sources folder.</summary>
    public string OutputPath { get; } = outputPath;

    /// <summary>The policy id and the names of the school (or trust) to turn into template fields.</summary>
    public ImportContext Context { get; } = context;

    /// <summary>The file's text for the recognised policy.</summary>
    public WrittenSource Render(ImportedPolicy policy) => render(policy);

    /// <summary>Works out the target from the sources folder, <c>--as</c> and <c>--school</c>.</summary>
    /// <exception cref="ImportException">The sources cannot be read, the school is unknown, or the id is not a valid policy id.</exception>
    public static ImportTarget Resolve(string sourcesRoot, string policyId, string? schoolId) =>
        throw new NotImplementedException("Targets are written in Targets/.");
}
