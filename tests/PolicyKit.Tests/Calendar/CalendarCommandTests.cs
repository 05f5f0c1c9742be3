using PolicyKit.Cli;
using PolicyKit.Sources.Calendar;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Calendar;

/// <summary>`policykit calendar` as a person runs it.</summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    private string Output => Path.Combine(_trust.OutputRoot, "calendar");

    [Fact]
    public async Task Calendar_writes_each_schools_ics_and_the_trusts_then_reuses_their_UIDs()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output, "--site-url", "https://policies.trust.example");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Wrote 2 calendars with 1 review: 1 new, 0 moved to a new date.", stdout, StringComparison.Ordinal);
        Assert.Contains($"Updated {_trust.DisplayPath(CalendarStateFile.RelativePath)}: commit it with the policies", stdout, StringComparison.Ordinal);
        var alder = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(Path.Combine(Output, "alder.ics")))!.Events.Single();
        Assert.Equal("Review due: Passwords (v1.0)", alder.Summary);
        Assert.Equal(new Uri("https://policies.trust.example/alder/passwords.html"), alder.Url);
        Assert.True(File.Exists(Path.Combine(Output, "trust.ics")));

        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", "next-review: 2030-12-01", StringComparison.Ordinal));
        (code, stdout, _) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 review: 0 new, 1 moved to a new date.", stdout, StringComparison.Ordinal);
        var moved = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(Path.Combine(Output, "alder.ics")))!.Events.Single();
        Assert.Equal((alder.Uid, 1, new DateTime(2030, 12, 1)), (moved.Uid, moved.Sequence, moved.DtStart!.Value));

        (code, stdout, _) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"{_trust.DisplayPath(CalendarStateFile.RelativePath)} is unchanged.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_state_file_is_named_with_its_line_and_nothing_is_written()
    {
        var path = _trust.Write(CalendarStateFile.RelativePath, "events:\n  - school: alder\n    policy: passwords\n    uid: A\n    date: 1 Sept 2030\n    sequence: 0\n    revised: 2026-11-23T09:15:00Z");

        var (code, _, stderr) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains($"{path}(5,11): error PK0104: 'date' must be a date written as YYYY-MM-DD", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task An_unknown_school_or_a_site_address_that_is_not_a_web_address_is_refused()
    {
        var (code, _, stderr) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output, "--school", "aldr");
        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("error PK0001: there is no school 'aldr' (did you mean 'alder'?)", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output, "--site-url", "policies.trust.example");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'policies.trust.example' is not a web address", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
        Assert.False(File.Exists(CalendarStateFile.PathIn(_trust.Root)));
    }

    [Fact]
    public async Task A_calendar_folder_that_cannot_be_written_gives_the_output_exit_code_and_a_plain_message()
    {
        Directory.CreateDirectory(_trust.OutputRoot);
        await File.WriteAllTextAsync(Output, "a file where the folder should be");

        var (code, _, stderr) = await CliRun.RunAsync("calendar", "--policies", _trust.Root, "--out", Output);

        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Contains("Cannot write the review calendar:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
