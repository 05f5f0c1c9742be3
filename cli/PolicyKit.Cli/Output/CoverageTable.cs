using System.Globalization;
using PolicyKit.Generator.Coverage;
using Spectre.Console;

namespace PolicyKit.Cli.Output;

/// <summary>The coverage report as one table per school, with its type in words and a line of what is missing.</summary>
internal static class CoverageTable
{
    public static void Write(IReadOnlyList<SchoolCoverage> report, DateOnly today, TextWriter stdout)
    {
        var console = ReportConsole.For(stdout);

        foreach (var school in report)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{Markup.Escape(school.SchoolName)} ({Markup.Escape(school.SchoolType)}): statutory policies as at {Format(today)}");
            table.AddColumns("Requirement", "Level", "Policy", "Next review", "State", "On website");
            foreach (var line in school.Lines)
            {
                table.AddRow(
                    Markup.Escape(line.Requirement.Name) + (line.DependsOnSchoolType ? " [yellow](check: depends on school type)[/]" : string.Empty),
                    CoverageWords.Level(line.Requirement.Level),
                    line.PolicyTitle is { } title ? Markup.Escape(title) : "[grey]none[/]",
                    line.NextReview is { } next ? Format(next) : string.Empty,
                    line.State switch
                    {
                        CoverageState.Covered => "[green]in place[/]",
                        CoverageState.Missing => "[red bold]missing[/]",
                        CoverageState.NotRatified => "[yellow]not ratified[/]",
                        _ => "[red]review overdue[/]",
                    },
                    Website(line));
            }

            console.Write(table);
            foreach (var warning in school.Warnings)
            {
                console.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(school.SchoolName)}: {Markup.Escape(warning)}");
            }

            foreach (var notApplicable in school.NotApplicable)
            {
                console.WriteLine($"Not applicable: {notApplicable.Requirement.Name}: {notApplicable.Reason}");
            }

            console.WriteLine($"{school.SchoolName}: {school.Summary}.");
            console.WriteLine();
        }
    }

    // Words as well as a tick or cross, for screen readers and for a copy pasted into an email.
    private static string Website(CoverageLine line) =>
        line.PolicyId is null ? string.Empty
        : line.OnWebsite ? "[green]✓ yes[/]"
        : line.Requirement.MustPublish ? "[red]✗ no, must be published[/]"
        : "✗ no";

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
