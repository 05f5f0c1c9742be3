using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>
/// Writes a synthetic trust of N schools × M policies for timing builds. Output depends only on the options
/// (a fixed seed, no clock), and is written to a folder beside the target, then moved into place.
/// </summary>
internal static class SyntheticTrustGenerator
{
    public static string Generate(GenerateOptions options)
    {
        var repository = RepositoryFiles.Find(options.RepositoryRoot);
        var target = Path.GetFullPath(options.OutputRoot);
        var staging = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            Write(options, repository, target, staging);
            ReplaceFolder(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return $"Wrote a synthetic trust of {options.Schools} schools × {options.Policies} policies to {options.OutputRoot}/ (seed {options.Seed}).";
    }

    private static void Write(GenerateOptions options, RepositoryFiles repository, string target, string staging)
    {
        // One Random, consumed in a fixed order: trust, policies, then each school and its overrides.
        var random = new Random(options.Seed);
        Directory.CreateDirectory(staging);
        var referenceDoc = Path.GetRelativePath(target, repository.ReferenceDocument).Replace('\\', '/');
        WriteFile(staging, "trust.yaml", TrustYamlWriter.Write(referenceDoc, repository.TrustLogo is not null));
        if (repository.TrustLogo is not null)
        {
            File.Copy(repository.TrustLogo, Path.Combine(staging, TrustYamlWriter.LogoFile));
        }

        var policies = PolicyMarkdownWriter.PlanAll(random, options.Policies);
        foreach (var policy in policies)
        {
            WriteFile(staging, $"{policy.Id}.md", PolicyMarkdownWriter.Write(random, policy, policies));
        }

        var towns = random.Sample(Places.Towns, Places.Towns.Length);
        for (var i = 0; i < options.Schools; i++)
        {
            var school = SchoolYamlWriter.Write(random, i, towns);
            var folder = Path.Combine(staging, "schools", school.Id);
            WriteFile(folder, "school.yaml", school.Yaml);
            File.Copy(repository.SchoolLogos[i % repository.SchoolLogos.Count], Path.Combine(folder, "logo.png"));
            foreach (var (policyId, yaml) in OverrideYamlWriter.WriteFor(random, school.Id, policies))
            {
                WriteFile(Path.Combine(folder, "overrides"), $"{policyId}.yaml", yaml);
            }
        }
    }

    private static void WriteFile(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Replaces an earlier synthetic trust, but never a folder that does not look like one.</summary>
    private static void ReplaceFolder(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            if (Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, "trust.yaml")))
            {
                throw new InvalidOperationException($"'{target}' exists and is not a trust folder; choose another --out or remove it.");
            }

            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(staging, target);
    }
}
