using System.Collections.Concurrent;
using System.Reflection;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Building;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Validation;

namespace PolicyKit.Generator.Building;

/// <summary>Sources → checks → document models, for every selected school and policy. Writes nothing.</summary>
public static class Compiler
{
    private static readonly string GeneratorVersion =
        typeof(Compiler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <returns>The compilation, or null when the sources could not be read at all. Check <paramref name="diagnostics"/> for errors either way.</returns>
    public static Compilation? Compile(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var sources = SourceSetLoader.Load(options.PoliciesRoot, diagnostics);
        if (sources is null)
        {
            return null;
        }

        SourceValidator.Validate(sources, options.Today, diagnostics);
        var schools = Select(sources.Schools, s => s.Id, options.Schools, "school", diagnostics);
        var policies = Select(sources.Policies, p => p.Id, options.Policies, "policy", diagnostics);
        var builder = new DocumentBuilder(sources, diagnostics);
        var references = new ReferenceDocuments(diagnostics);
        var pairs = schools.SelectMany(_ => policies, (school, policy) => (School: school, Policy: policy)).ToList();
        var planned = new ConcurrentDictionary<int, PlannedDocument>();
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, i =>
        {
            var (school, policy) = pairs[i];
            var (reference, referenceHash) = references.For(sources, school);
            var document = builder.Build(school, policy, $"{referenceHash}\n{GeneratorVersion}");
            if (document is not null && reference is not null)
            {
                planned[i] = new PlannedDocument(school, policy, document, reference);
            }
        });

        return new Compilation(sources, planned.OrderBy(p => p.Key).Select(p => p.Value).ToList());
    }

    private static List<T> Select<T>(IReadOnlyList<T> all, Func<T, string> id, IReadOnlyList<string> wanted, string what, DiagnosticBag diagnostics)
    {
        if (wanted.Count == 0)
        {
            return [.. all];
        }

        foreach (var name in wanted.Where(w => !all.Any(a => id(a) == w)))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile("--" + what), $"there is no {what} '{name}'{Suggestions.Hint(name, all.Select(id))}.");
        }

        return all.Where(a => wanted.Contains(id(a))).ToList();
    }
}
