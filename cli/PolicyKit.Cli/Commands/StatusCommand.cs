using System.CommandLine;
using System.Globalization;
using PolicyKit.Cli.Output;
using PolicyKit.Generator.Status;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using Spectre.Console;

namespace PolicyKit.Cli.Commands;

internal static class StatusCommand
{
    public static Command Create(TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var policies = CommonOptions.Policies();
        var asOf = CommonOptions.AsOf();
        var school = CommonOptions.School();
        var failOnOverdue = new Option<bool>("--fail-on-overdue") { Description = $"Exit with code {ExitCodes.ReviewsOverdue} when any review is overdue (for scheduled checks)." };
        var command = new Command("status", $"Print each school's state for each policy: the version in force, when and by whom it was ratified, any version awaiting ratification, and the next review, flagging reviews overdue or due within {ReviewCalendar.DueSoonDays} days.")
        {
            policies, asOf, school, failOnOverdue,
        };
        command.SetAction((parse, _) =>
        {
            var diagnostics = new DiagnosticBag();
            var sources = SourceSetLoader.Load(parse.GetValue(policies)!, diagnostics);
            if (sources is null || diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics, stderr);
                stderr.WriteLine($"Cannot show the review calendar: {DiagnosticPrinter.Summary(diagnostics)}. Run 'policykit validate' for details.");
                return Task.FromResult(ExitCodes.SourceErrors);
            }

            var today = CommonOptions.Today(parse.GetValue(asOf), clock);
            var schools = parse.GetValue(school) ?? [];
            var entries = ReviewCalendar.For(sources, today).Where(e => schools.Length == 0 || schools.Contains(e.SchoolId)).ToList();
            Render(entries, today, stdout);
            var overdue = entries.Count(e => e.State == ReviewState.Overdue);
            return Task.FromResult(overdue > 0 && parse.GetValue(failOnOverdue) ? ExitCodes.ReviewsOverdue : ExitCodes.Success);
        });
        return command;
    }

    private static void Render(List<ReviewCalendarEntry> entries, DateOnly today, TextWriter stdout)
    {
        var console = ReportConsole.For(stdout);

        var table = new Table().Border(TableBorder.Rounded).Title($"Review calendar as at {Format(today)}");
        table.AddColumns("School", "Policy", "Version", "Ratified", "Ratified by", "Awaiting ratification", "Next review", "Status");
        foreach (var entry in entries)
        {
            table.AddRow(
                Markup.Escape(entry.SchoolName),
                Markup.Escape(entry.PolicyTitle),
                Markup.Escape(entry.Version),
                entry.DateRatified is { } ratified ? Format(ratified) : "[grey]not ratified[/]",
                entry.RatifiedBy is { } body ? Markup.Escape(body) : string.Empty,
                entry.ProposedVersion is { } proposed ? $"[yellow]{Markup.Escape(proposed)} proposed[/]" : string.Empty,
                entry.NextReview is { } next ? (entry.NextReviewMonthOnly ? next.ToString("MMM yyyy", CultureInfo.InvariantCulture) : Format(next)) + (entry.NextReviewIsExplicit ? string.Empty : " (cycle)") : "[red]none[/]",
                entry.State switch
                {
                    ReviewState.Overdue => entry.NextReview is null ? "[red]no review date[/]" : $"[red bold]OVERDUE by {-entry.DaysUntilReview} days[/]",
                    ReviewState.DueSoon => $"[yellow]due in {entry.DaysUntilReview} days[/]",
                    _ => "[green]up to date[/]",
                });
        }

        console.Write(table);
        var overdue = entries.Count(e => e.State == ReviewState.Overdue);
        var dueSoon = entries.Count(e => e.State == ReviewState.DueSoon);
        var proposedCount = entries.Count(e => e.ProposedVersion is not null);
        console.WriteLine($"{entries.Count} policies: {overdue} overdue, {dueSoon} due within {ReviewCalendar.DueSoonDays} days, {proposedCount} awaiting ratification.");
    }

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
