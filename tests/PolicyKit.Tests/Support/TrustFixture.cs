using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Tests.Support;

/// <summary>A small trust written to a temporary folder; tests change one file and look at what follows.</summary>
internal sealed class TrustFixture : IDisposable
{
    public const string TrustYaml = """
        name: Test Learning Trust
        website: https://trust.example
        numbering: alpha
        roles:
          data-protection-officer:
            name: Dee Pio
            email: dpo@trust.example
          director-of-operations:
            name: Olu Ops
            title: Director of Operations
        settings:
          password-min-length: 8
          cashless-catering: false
          monitoring-product: Watchful
        """;

    public const string SchoolYaml = """
        id: alder
        name: Alder School
        motto: Growing together
        address: [1 Alder Road, Testville, TE1 1ST]
        phone: 01632 960001
        email: office@alder.example
        website: www.alder.example
        headteacher: Hana Head
        chair-of-governors: Cai Chair
        settings:
          password-min-length: 6
        """;

    public const string PolicyMd = """
        ---
        id: passwords
        title: Passwords
        statutory: false
        written-by: Trust central team
        owner-role: director-of-operations
        approved-by: governing-body
        review-cycle: annual
        next-review: 2030-09-01
        version-history:
          - version: "1.0"
            date: 2025-07-01
            by: TC
            changes: First version.
            ratified: 2025-09-03
            implemented: 2025-09-04
        ---
        # Passwords {#passwords-section}

        1. Passwords at {{ school.name }} have at least {{ settings.password_min_length }} characters. {#length}
        2. Never share a password. {#sharing}
           1. Not even with IT staff. {#sharing-it}

        # Reporting {#reporting}

        1. Report a lost password to {{ roles.data_protection_officer.name }}. {#report}
        """;

    public TrustFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "policykit-tests", Guid.NewGuid().ToString("N"));
        Write("trust.yaml", TrustYaml);
        Write("schools/alder/school.yaml", SchoolYaml);
        Write("passwords.md", PolicyMd);
    }

    public string Root { get; }

    public string OutputRoot => Path.Combine(Root, "..", Path.GetFileName(Root) + "-out");

    public static DateOnly Today { get; } = new(2026, 11, 23);

    /// <summary>Writes (or replaces) a file; returns the path as diagnostics print it.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
        return DisplayPath(relativePath);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public string DisplayPath(string relativePath) => PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(Path.Combine(Root, relativePath));

    public (Compilation? Compilation, DiagnosticBag Diagnostics) Compile()
    {
        var diagnostics = new DiagnosticBag();
        var compilation = Compiler.Compile(new BuildOptions(Root, Today) { OutputRoot = OutputRoot }, diagnostics, CancellationToken.None);
        return (compilation, diagnostics);
    }

    public (BuildResult? Result, DiagnosticBag Diagnostics) Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = BuildRunner.RunAsync(new BuildOptions(Root, Today) { OutputRoot = OutputRoot, Formats = OutputFormats.Docx }, diagnostics, null, CancellationToken.None).GetAwaiter().GetResult();
        return (result, diagnostics);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { Root, OutputRoot })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
