using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Generator.Building;

/// <summary>Sources → checks → document models, for every selected school and policy. Writes nothing.</summary>
public static class Compiler
{
    /// <returns>The compilation, or null when the sources could not be read at all. Check <paramref name="diagnostics"/> for errors either way.</returns>
    internal static Compilation? Compile(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var session = BuildSession.Open(options, diagnostics);
        if (session is null)
        {
            return null;
        }

        var compiled = new CompiledDocument?[session.Targets.Count];
        Parallel.For(0, compiled.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, i =>
        {
            var (school, policy) = session.Targets[i];
            compiled[i] = session.Compile(school, policy);
        });

        return new Compilation(session.Sources, compiled.OfType<CompiledDocument>().ToList());
    }

    /// <summary>Checks every document without keeping its model, so memory stays flat however large the trust.</summary>
    /// <param name="options">The sources to check and the schools and policies to check them for; nothing is written.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="cancellationToken">Stops the checks between documents.</param>
    /// <returns>The sources checked, or null when they could not be read at all.</returns>
    public static BuildSession? Check(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var session = BuildSession.Open(options, diagnostics);
        if (session is not null)
        {
            Parallel.ForEach(session.Targets, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, target =>
                session.Compile(target.School, target.Policy));
        }

        return session;
    }
}
