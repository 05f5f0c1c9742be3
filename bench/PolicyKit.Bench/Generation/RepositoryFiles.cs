namespace PolicyKit.Bench.Generation;

/// <summary>Files the synthetic trust borrows from the checkout: the Word reference document and the example logos.</summary>
internal sealed record RepositoryFiles(string ReferenceDocument, string? TrustLogo, IReadOnlyList<string> SchoolLogos)
{
    private const string SolutionFile = "PolicyKit.sln";

    /// <param name="root">The checkout; when null, the nearest folder holding PolicyKit.sln above the current folder or this program.</param>
    public static RepositoryFiles Find(string? root)
    {
        root ??= FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"cannot find the PolicyKit checkout ({SolutionFile}); pass --repo DIR.");
        var reference = Path.Combine(root, "templates", "reference.docx");
        if (!File.Exists(reference))
        {
            throw new InvalidOperationException($"the reference document '{reference}' does not exist.");
        }

        var example = Path.Combine(root, "policies");
        var logos = Directory.Exists(Path.Combine(example, "schools"))
            ? Directory.GetFiles(Path.Combine(example, "schools"), "logo.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (logos.Count == 0)
        {
            throw new InvalidOperationException($"no school logos (schools/*/logo.png) in the example trust '{example}'.");
        }

        var trustLogo = Directory.GetFiles(example, "*.png").Order(StringComparer.Ordinal).FirstOrDefault();
        return new RepositoryFiles(Path.GetFullPath(reference), trustLogo, logos);
    }

    /// <summary>The nearest folder holding PolicyKit.sln at or above <paramref name="start"/>.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
