using System.Text;
using System.Text.RegularExpressions;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Calendar;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.Calendar;

/// <summary>The .ics files and the state that keeps each review's UID, read back the way a calendar application reads them.</summary>
public sealed partial class CalendarExportTests : IDisposable
{
    private readonly CalendarTrust _calendar = new();

    public void Dispose() => _calendar.Dispose();

    [Theory]
    [InlineData("alder.ics")]
    [InlineData("birch.ics")]
    [InlineData("trust.ics")]
    public void Each_calendar_parsed_back_matches_its_snapshot(string fileName)
    {
        _calendar.Export();

        var calendar = _calendar.Read(fileName);
        var uids = State().Events.ToDictionary(e => e.Uid, e => $"(uid of {e.SchoolId}/{e.PolicyId})");
        var normalised = new
        {
            calendar.ProductId,
            calendar.Version,
            Name = calendar.Properties["X-WR-CALNAME"]!.Value,
            Refresh = calendar.Properties["X-PUBLISHED-TTL"]!.Value,
            Events = calendar.Events.Select(e => new
            {
                // UIDs are random: each is shown as the review it belongs to.
                Uid = uids.Aggregate(e.Uid!, (uid, known) => uid.Replace(known.Key, known.Value, StringComparison.Ordinal)),
                e.Summary,
                Description = e.Description!.Split('\n'),
                Start = e.DtStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                AllDay = !e.DtStart.HasTime,
                End = e.DtEnd!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Stamp = e.DtStamp!.AsUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                e.Sequence,
                Url = e.Url?.ToString(),
                e.Transparency,
                e.Categories,
            }).ToList(),
        };

        Snapshot.Match(normalised, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(fileName)));
    }

    [Fact]
    public void Every_line_is_crlf_terminated_and_folded_within_75_octets_as_RFC_5545_requires()
    {
        _calendar.Export();

        foreach (var path in Directory.EnumerateFiles(_calendar.OutputFolder, "*.ics"))
        {
            var text = File.ReadAllText(path);
            Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(LoneLineFeed(), text);
            Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Path.GetFileName(path)}: '{line}'"));
            Assert.All(_calendar.Read(Path.GetFileName(path)).Events, e =>
            {
                Assert.False(string.IsNullOrEmpty(e.Uid));
                Assert.NotNull(e.DtStamp);
                Assert.NotNull(e.DtStart);
            });
        }
    }

    [Fact]
    public void A_school_has_its_own_reviews_and_the_trust_has_every_schools_under_UIDs_of_its_own()
    {
        var result = _calendar.Export();

        Assert.Equal(4, result.Events);
        Assert.Equal(4, result.NewEvents);
        Assert.Equal(["alder.ics", "birch.ics", "trust.ics"], result.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var alder = _calendar.Read("alder.ics").Events;
        var trust = _calendar.Read("trust.ics").Events;
        Assert.Equal(2, alder.Count);
        Assert.Equal(4, trust.Count);
        Assert.Equal(4, State().Events.Select(e => e.Uid).Distinct().Count());
        Assert.Empty(alder.Select(e => e.Uid).Intersect(trust.Select(e => e.Uid)));

        // Birch's own review date for passwords (its override) is the one on both calendars.
        Assert.Equal(new DateOnly(2030, 10, 15), DateOnly.FromDateTime(_calendar.Read("birch.ics").Events.Single(e => e.Summary!.Contains("Passwords", StringComparison.Ordinal)).DtStart!.Value));
        Assert.Single(trust, e => e.Summary == "Review due: Passwords (v1.0), Birch Academy" && e.DtStart!.Value.Date == new DateTime(2030, 10, 15));
    }

    [Fact]
    public void A_second_run_after_a_date_moves_keeps_every_UID_and_raises_only_that_events_SEQUENCE()
    {
        _calendar.Export();
        var before = State();
        var uidsBefore = _calendar.Read("trust.ics").Events.ToDictionary(e => e.Uid!, e => e.Sequence);

        _calendar.Clock.Advance(TimeSpan.FromDays(40));
        _calendar.Trust.Write("schools/birch/overrides/passwords.yaml", "next-review: 2030-11-20\n");
        var result = _calendar.Export();

        Assert.Equal(0, result.NewEvents);
        Assert.Equal(1, result.MovedEvents);
        var after = State();
        Assert.Equal(before.Events.Select(e => e.Uid), after.Events.Select(e => e.Uid));
        var moved = after.Find("birch", "passwords")!;
        Assert.Equal((new DateOnly(2030, 11, 20), 1, _calendar.Clock.GetUtcNow()), (moved.Date, moved.Sequence, moved.Revised));
        Assert.All(after.Events.Where(e => e != moved), e => Assert.Equal(before.Find(e.SchoolId, e.PolicyId), e));

        var birch = _calendar.Read("birch.ics").Events.Single(e => e.Uid == moved.Uid);
        Assert.Equal((1, new DateTime(2030, 11, 20)), (birch.Sequence, birch.DtStart!.Value));
        Assert.Equal(_calendar.Clock.GetUtcNow().UtcDateTime, birch.DtStamp!.AsUtc);
        var trust = _calendar.Read("trust.ics").Events;
        Assert.Equal(uidsBefore.Keys.Order(StringComparer.Ordinal), trust.Select(e => e.Uid!).Order(StringComparer.Ordinal));
        Assert.Equal(1, trust.Single(e => e.Uid == IcsCalendarWriter.TrustUid(moved.Uid)).Sequence);
        Assert.Equal(3, trust.Count(e => e.Sequence == 0));
    }

    [Fact]
    public void An_unchanged_second_run_leaves_the_state_and_the_calendars_byte_for_byte_as_they_were()
    {
        _calendar.Export();
        var files = Directory.EnumerateFiles(_calendar.OutputFolder).Append(_calendar.StatePath).ToDictionary(f => f, File.ReadAllBytes);
        var stateWritten = File.GetLastWriteTimeUtc(_calendar.StatePath);

        _calendar.Clock.Advance(TimeSpan.FromDays(3));
        var result = _calendar.Export();

        Assert.False(result.StateChanged);
        Assert.Equal(stateWritten, File.GetLastWriteTimeUtc(_calendar.StatePath));
        Assert.All(files, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
    }

    [Fact]
    public void One_schools_run_writes_only_its_calendar_and_keeps_the_other_schools_UIDs()
    {
        _calendar.Export();
        var before = State();
        Directory.Delete(_calendar.OutputFolder, recursive: true);

        _calendar.Trust.Write("schools/birch/overrides/passwords.yaml", "next-review: 2031-01-05\n");
        var result = _calendar.Export("alder");

        Assert.Equal(["alder.ics"], result.Files.Select(Path.GetFileName));
        Assert.Equal(["alder.ics"], Directory.EnumerateFiles(_calendar.OutputFolder).Select(Path.GetFileName));
        Assert.Equal(before, State(), new StateComparer());
    }

    [Fact]
    public void A_removed_policy_leaves_the_calendars_and_the_state()
    {
        _calendar.Export();
        _calendar.Trust.Delete("online-safety.md");

        _calendar.Export();

        Assert.Equal(["alder/passwords", "birch/passwords"], State().Events.Select(e => $"{e.SchoolId}/{e.PolicyId}"));
        Assert.Equal(2, _calendar.Read("trust.ics").Events.Count);
    }

    [Fact]
    public void The_state_file_reads_back_as_it_was_written()
    {
        var state = new CalendarState(
        [
            new("alder", "passwords", "0f8fad5bd9cb469fa16570867728950e@policykit", new DateOnly(2030, 9, 1), 3, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            new("birch", "passwords", "imported: it's odd", new DateOnly(2030, 10, 15), 0, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
        ]);
        Directory.CreateDirectory(Path.GetDirectoryName(_calendar.StatePath)!);
        File.WriteAllText(_calendar.StatePath, CalendarStateFile.Format(state));

        var diagnostics = new DiagnosticBag();
        var read = CalendarStateFile.Load(_calendar.Trust.Root, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(state, read!, new StateComparer());
    }

    [Theory]
    [InlineData("sequence: 0", "sequence: -2", 7, 15, "PK0104", "'sequence' must be 0 or more.")]
    [InlineData("sequence: 0", "sequence: two", 7, 15, "PK0104", "'sequence' must be a whole number.")]
    [InlineData("revised: 2026-11-23T09:15:00Z", "revised: yesterday", 8, 14, "PK0104", "'revised' must be a UTC time written as YYYY-MM-DDTHH:MM:SSZ")]
    [InlineData("    policy: online-safety\n    uid: B", "    policy: online-safety\n    uid: A", 11, 10, "PK0801", "a second uid 'A' (the first is at line 5); give one of them a new uid")]
    [InlineData("    policy: online-safety\n    uid: B", "    policy: passwords\n    uid: B", 9, 5, "PK0801", "a second event for alder/passwords (the first is at line 3); keep one of the two entries")]
    [InlineData("    date: 2030-09-01", "    date: 2030-09-01\n    colour: red", 7, 5, "PK0102", "unknown key 'colour' in a calendar event")]
    public void A_broken_state_file_is_reported_at_its_line_and_nothing_is_written(string find, string replace, int line, int column, string code, string message)
    {
        var text = """
            events:
              - school: alder
                policy: passwords
                uid: A
                date: 2030-09-01
                sequence: 0
                revised: 2026-11-23T09:15:00Z
              - school: alder
                policy: online-safety
                uid: B
                date: 2030-03-31
                sequence: 0
                revised: 2026-11-23T09:15:00Z
            """;
        var path = _calendar.Trust.Write(CalendarStateFile.RelativePath, "# state\n" + ReplaceFirst(text, find, replace));

        var diagnostics = new DiagnosticBag();
        var state = CalendarStateFile.Load(_calendar.Trust.Root, diagnostics);

        Assert.Null(state);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, path, line, column), (diagnostic.Code, diagnostic.Span.File, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        return text[..index] + replace + text[(index + find.Length)..];
    }

    private CalendarState State()
    {
        var diagnostics = new DiagnosticBag();
        var state = CalendarStateFile.Load(_calendar.Trust.Root, diagnostics);
        Assert.Empty(diagnostics);
        return state!;
    }

    [GeneratedRegex("(?<!\r)\n")]
    private static partial Regex LoneLineFeed();

    private sealed class StateComparer : IEqualityComparer<CalendarState>
    {
        public bool Equals(CalendarState? x, CalendarState? y) => x!.Events.SequenceEqual(y!.Events);

        public int GetHashCode(CalendarState obj) => obj.Events.Count;
    }
}
