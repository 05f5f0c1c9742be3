using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Modelling;
using PolicyKit.Sources.Validation;

namespace PolicyKit.Import.Importing;

/// <summary>
/// Loads the sources with the files just written and builds each imported policy's document model for its schools, as
/// <c>build</c> would, so a file that will not build is reported now, at its lines, rather than at the next build.
/// Only problems in the written files are the import's: the rest of the sources are checked by <c>validate</c>.
/// </summary>
internal static class ImportCheck
{
    public static void Run(string sourcesRoot, string? schoolId, DateOnly today, IReadOnlyList<PendingImport> imports)
    {
        var written = imports.Where(i => i.WrittenPath is not null).ToList();
        if (written.Count == 0)
        {
            return;
        }

        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(sourcesRoot, diagnostics);
        if (sources is not null)
        {
            SourceValidator.Validate(sources, today, diagnostics);
            var builder = new DocumentBuilder(sources, diagnostics);
            var schools = schoolId is null ? sources.Schools : sources.Schools.Where(s => s.Id == schoolId).ToList();
            foreach (var policy in written.Select(i => sources.FindPolicy(i.PolicyId)).OfType<PolicySource>())
            {
                foreach (var school in schools)
                {
                    builder.Build(school, policy, extraHashInput: string.Empty);
                }
            }
        }

        var all = diagnostics.Sorted();
        foreach (var import in written)
        {
            var path = SourceSetLoader.DisplayPath(import.WrittenPath!);

            // The sources could not be read at all: whatever stopped them stops this file building too.
            import.Diagnostics.AddRange(sources is null ? all.Where(d => d.IsError) : all.Where(d => d.Span.File == path));
        }
    }
}
