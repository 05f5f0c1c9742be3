namespace PolicyKit.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding PolicyKit.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Policies => Path.Combine(Root, "policies");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PolicyKit.sln not found above the test binaries.");
    }
}
