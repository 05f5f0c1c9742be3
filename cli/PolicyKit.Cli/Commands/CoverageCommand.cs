using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Coverage;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;
using Spectre.Console;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit coverage</c>: each school's statutory policies and the trust's policies that meet them. A report: gaps do not fail it.</summary>
internal static class CoverageCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var asOf = CommonOptions.AsOf();
        asOf.Aliases.Add("--today");
        var school = CommonOptions.School();
        var format = new Option<string>("--format")
        {
            Description = "table (default), csv or json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("coverage", "List each school's statutory and recommended policies, the trust's policy that meets each, and which are missing, not ratified, overdue or not on the website.")
        {
            policies, asOf, school, format,
        };
        command.SetAction((parse, _) =>
        {
            var diagnostics = new DiagnosticBag();
            var sources = SourceSetLoader.Load(parse.GetValue(policies)!, diagnostics);
            if (sources is not null)
            {
                CoverageReport.Validate(sources, diagnostics);
            }

            var wanted = parse.GetValue(school) ?? [];
            foreach (var name in wanted.Where(w => sources?.FindSchool(w) is null && sources is not null))
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceSpan.ForFile("--school"), $"there is no school '{name}'{Suggestions.Hint(name, sources!.Schools.Select(s => s.Id))}.");
            }

            if (sources is null || diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics, stderr);
                stderr.WriteLine($"Cannot show statutory policy coverage: {DiagnosticPrinter.Summary(diagnostics)}. Run 'policykit validate' for details.");
                return Task.FromResult(ExitCodes.SourceErrors);
            }

            var today = CommonOptions.Today(parse.GetValue(asOf), clock);
            var report = CoverageReport.For(sources, today).Where(s => wanted.Length == 0 || wanted.Contains(s.SchoolId)).ToList();
            switch (parse.GetValue(format))
            {
                case "csv": WriteCsv(report, stdout); break;
                case "json": stdout.WriteLine(JsonSerializer.Serialize(new { asOf = today, schools = report }, Json)); break;
                default: CoverageTable.Write(report, today, stdout); break;
            }

            // A report of gaps, not a check: it succeeds whatever it finds (see docs/coverage.md).
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteCsv(List<SchoolCoverage> report, TextWriter stdout)
    {
        CsvLine(stdout, ["School", "School type", "Requirement id", "Requirement", "Level", "Policy", "Next review", "State", "On website", "Must be on website", "Depends on school type"]);
        foreach (var school in report)
        {
            foreach (var line in school.Lines)
            {
                CsvLine(stdout, [
                    school.SchoolName,
                    school.SchoolType,
                    line.Requirement.Id,
                    line.Requirement.Name,
                    CoverageWords.Level(line.Requirement.Level),
                    line.PolicyTitle ?? string.Empty,
                    line.NextReview?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    CoverageWords.State(line.State),
                    line.OnWebsite ? "yes" : "no",
                    line.Requirement.MustPublish ? "yes" : "no",
                    line.DependsOnSchoolType ? "yes" : "no",
                ]);
            }
        }
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end with CRLF.
    private static void CsvLine(TextWriter stdout, string[] fields) =>
        stdout.Write(string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? '"' + f.Replace("\"", "\"\"", StringComparison.Ordinal) + '"' : f)) + "\r\n");
}
