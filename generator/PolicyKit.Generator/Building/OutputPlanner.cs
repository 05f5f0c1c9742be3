namespace PolicyKit.Generator.Building;

/// <summary>Decides, from the manifest, which outputs of which documents must be written again.</summary>
internal static class OutputPlanner
{
    private static readonly OutputFormats[] Each = [OutputFormats.Docx, OutputFormats.Html, OutputFormats.Pdf];

    /// <returns>Every selected document with the formats it needs (None when all are up to date).</returns>
    public static List<OutputPlan> Plan(BuildSession session, BuildManifest manifest, BuildOptions options)
    {
        var plans = new OutputPlan[session.Targets.Count];
        Parallel.For(0, plans.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, i =>
        {
            var (school, policy) = session.Targets[i];
            var plan = new OutputPlan(school, policy, session.InputHashOf(school, policy), OutputFormats.None);
            var stale = OutputFormats.None;
            foreach (var format in Each.Where(f => options.Formats.HasFlag(f)))
            {
                var hash = OutputPlan.FormatHash(plan.InputHash, format, options.Formats);
                if (options.Force || !manifest.IsUpToDate(options.OutputRoot, plan.RelativePath(format), hash))
                {
                    stale |= format;
                }
            }

            plans[i] = plan with { Stale = stale };
        });

        return [.. plans];
    }

    /// <summary>The document's outputs that the manifest vouches for, after a build: made from these sources, unchanged since.</summary>
    public static BuiltDocument Current(OutputPlan plan, BuildManifest manifest, BuildOptions options)
    {
        var files = new List<BuiltFile>();
        foreach (var format in Each.Where(f => options.Formats.HasFlag(f)))
        {
            var relative = plan.RelativePath(format);
            if (manifest.CurrentSha256(options.OutputRoot, relative, OutputPlan.FormatHash(plan.InputHash, format, options.Formats)) is { } sha256)
            {
                files.Add(new BuiltFile(OutputPaths.Extension(format), OutputPaths.OnDisk(options.OutputRoot, relative), sha256));
            }
        }

        return new BuiltDocument(plan.School, plan.Policy, plan.InputHash, files);
    }
}
