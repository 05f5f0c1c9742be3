using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Loading;

/// <summary>Loads a trust's policy folder: trust.yaml, *.md policies, schools/*/school.yaml and their overrides.</summary>
public static class SourceSetLoader
{
    /// <summary>The trust's file, at the top of the policy folder.</summary>
    public const string TrustFileName = "trust.yaml";

    /// <summary>Each school's file, in schools/&lt;id&gt;/.</summary>
    public const string SchoolFileName = "school.yaml";

    /// <summary>Loads and checks every file under <paramref name="root"/>, each on its own; <see cref="Validation.SourceValidator"/> checks across files.</summary>
    /// <returns>The sources, or null when the folder or trust.yaml cannot be read at all.</returns>
    public static SourceSet? Load(string root, DiagnosticBag diagnostics)
    {
        var rootDisplay = DisplayPath(root);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile(rootDisplay), "the policy folder does not exist; run from the repository root or pass --policies <folder>.");
            return null;
        }

        var trustPath = Path.Combine(root, TrustFileName);
        if (!File.Exists(trustPath))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile(DisplayPath(trustPath)), "the policy folder has no trust.yaml; create it with at least 'name:' (see docs/source-format.md).");
            return null;
        }

        SchoolSource? standaloneSchool = null;
        var trust = Read(trustPath, diagnostics) is { } trustText ? TrustLoader.Load(DisplayPath(trustPath), trustText, diagnostics, out standaloneSchool) : null;
        if (trust is null)
        {
            return null;
        }

        var policies = new List<PolicySource>();
        foreach (var path in Directory.EnumerateFiles(root, "*.md").Order(StringComparer.Ordinal))
        {
            if (Read(path, diagnostics) is { } text &&
                PolicyLoader.Load(DisplayPath(path), text, Path.GetFileNameWithoutExtension(path), diagnostics) is { } policy)
            {
                policies.Add(policy);
            }
        }

        if (policies.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Warning(DiagnosticCodes.NoPolicies, SourceSpan.ForFile(rootDisplay), "the policy folder has no policies; add a file such as 'data-protection.md'.");
        }

        var schools = new List<SchoolSource>();
        var overrides = new List<OverrideSource>();
        var schoolsRoot = Path.Combine(root, "schools");
        if (standaloneSchool is not null)
        {
            // The one school's own overrides (and the approvals 'ratifications pull' writes) sit beside trust.yaml.
            schools.Add(standaloneSchool);
            overrides.AddRange(LoadOverrides(root, standaloneSchool.Id, diagnostics));
            if (Directory.Exists(schoolsRoot))
            {
                diagnostics.Error(
                    DiagnosticCodes.SchoolsBesideStandalone,
                    SourceSpan.ForFile(DisplayPath(schoolsRoot)),
                    $"trust.yaml describes a stand-alone school ('standalone: true' at line {trust.StandaloneSpan.Line}), so there are no other schools: move what the schools folder holds into trust.yaml (the school's overrides go in 'overrides/' beside it) and remove the folder, or remove 'standalone: true' to describe a trust.");
            }

            return new SourceSet(root, trust, schools, policies, overrides);
        }

        IEnumerable<string> folders = Directory.Exists(schoolsRoot) ? Directory.EnumerateDirectories(schoolsRoot).Order(StringComparer.Ordinal) : [];
        foreach (var folder in folders)
        {
            var folderName = Path.GetFileName(folder);
            var schoolPath = Path.Combine(folder, SchoolFileName);
            if (!File.Exists(schoolPath))
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile(DisplayPath(schoolPath)), $"the school folder '{folderName}' has no school.yaml; add one or remove the folder.");
                continue;
            }

            if (Read(schoolPath, diagnostics) is { } text &&
                SchoolLoader.Load(DisplayPath(schoolPath), text, folderName, diagnostics) is { } school)
            {
                schools.Add(school);
                overrides.AddRange(LoadOverrides(folder, school.Id, diagnostics));
            }
        }

        return new SourceSet(root, trust, schools, policies, overrides);
    }

    /// <summary>The folder of a school's overrides: schools/&lt;id&gt;/overrides, or overrides/ beside a stand-alone school's trust.yaml.</summary>
    public static string OverridesFolder(SourceSet sources, SchoolSource school)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(school);
        return sources.Trust.Standalone ? Path.Combine(sources.Root, "overrides") : Path.Combine(sources.Root, "schools", school.Id, "overrides");
    }

    /// <summary>A path as a person should see it in a message: relative to the working folder when inside it.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFullPath(path)
            : relative.Replace('\\', '/');
    }

    private static IEnumerable<OverrideSource> LoadOverrides(string schoolFolder, string schoolId, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(schoolFolder, "overrides");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Read(path, diagnostics) is { } text &&
                OverrideLoader.Load(DisplayPath(path), text, schoolId, Path.GetFileNameWithoutExtension(path), diagnostics) is { } source)
            {
                yield return source;
            }
        }
    }

    private static string? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceSpan.ForFile(DisplayPath(path)), $"cannot read the file: {ex.Message}");
            return null;
        }
    }
}
