using System.Net;
using PolicyKit.Generator.Calendar;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff.Calendars;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Sources.Calendar;
using PolicyKit.Sources.Loading;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>Each school's review calendar at its secret address, against the run's real Azurite.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class CalendarFeedTests(LocalServicesFixture services) : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public async Task A_published_calendar_is_served_as_text_calendar_at_its_schools_secret_address_and_nowhere_else()
    {
        _trust.Write("schools/birch/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: birch").Replace("name: Alder School", "name: Birch Academy"));
        var alderIcs = WriteCalendars("alder.ics");
        var birchIcs = await File.ReadAllTextAsync(Path.Combine(_trust.OutputRoot, "calendar", "birch.ics"));
        await using var app = new SignOffAppFactory(services);
        var publisher = new Publisher(app.Store, TimeProvider.System);
        var report = await publisher.PublishAsync(new PublishRequest([], [], null) { Calendars = [new("alder", alderIcs), new("birch", birchIcs)] }, CancellationToken.None);
        Assert.Equal(2, report.Count(PublishOutcome.Uploaded));

        var feeds = CalendarFeeds.Connect(app.Storage, TimeProvider.System);
        var links = await feeds.LinksAsync(CancellationToken.None);
        Assert.Equal(["alder", "birch"], links.Select(l => l.School));
        Assert.All(links, l => Assert.True(l.IsNew));
        Assert.Equal(links.Select(l => l with { IsNew = false }), await feeds.LinksAsync(CancellationToken.None));
        using var client = app.Anonymous();

        using var response = await client.GetAsync(links[0].Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var served = await response.Content.ReadAsStringAsync();
        Assert.Equal(alderIcs, served);
        Assert.Equal("Review due: Passwords (v1.0)", Assert.Single(Ical.Net.Calendar.Load(served)!.Events).Summary);

        var alderSecret = links[0].Path.Split('/')[^1];
        var birchSecret = links[1].Path.Split('/')[^1];
        foreach (var wrong in new[] { $"/calendar/alder/{birchSecret}", $"/calendar/birch/{alderSecret}", $"/calendar/nowhere/{alderSecret}", $"/calendar/alder/{alderSecret[..^5]}x.ics", $"/calendar/alder/{alderSecret[..^4]}" })
        {
            using var refused = await client.GetAsync(wrong);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"GET {wrong}: {(int)refused.StatusCode}");
            Assert.DoesNotContain("BEGIN:VCALENDAR", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Publishing_an_unchanged_calendar_again_uploads_nothing_and_a_changed_one_replaces_it_at_the_same_address()
    {
        var ics = WriteCalendars("alder.ics");
        var storage = services.NewStorageOptions();
        var publisher = Publisher.Connect(storage, TimeProvider.System);
        await publisher.PublishAsync(new PublishRequest([], [], null) { Calendars = [new("alder", ics)] }, CancellationToken.None);
        var feeds = CalendarFeeds.Connect(storage, TimeProvider.System);
        var link = Assert.Single(await feeds.LinksAsync(CancellationToken.None));

        var again = await publisher.PublishAsync(new PublishRequest([], [], null) { Calendars = [new("alder", ics)] }, CancellationToken.None);
        Assert.Equal((0, 1), (again.Count(PublishOutcome.Uploaded), again.Count(PublishOutcome.AlreadyPublished)));

        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", "next-review: 2030-12-01", StringComparison.Ordinal));
        var moved = WriteCalendars("alder.ics");
        await publisher.PublishAsync(new PublishRequest([], [], null) { Calendars = [new("alder", moved)] }, CancellationToken.None);

        var secret = link.Path.Split('/')[^1][..^4];
        var served = await feeds.FindAsync("alder", secret, CancellationToken.None);
        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(served!.ToString())!.Events);
        Assert.Equal((1, new DateTime(2030, 12, 1)), (calendarEvent.Sequence, calendarEvent.DtStart!.Value));
        Assert.Equal(link with { IsNew = false }, Assert.Single(await feeds.LinksAsync(CancellationToken.None)));
    }

    private string WriteCalendars(string fileName)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(_trust.Root, diagnostics)!;
        var state = CalendarStateFile.Load(_trust.Root, diagnostics)!;
        CalendarExport.Write(sources, state, new CalendarExportOptions(Path.Combine(_trust.OutputRoot, "calendar")), TimeProvider.System, diagnostics);
        Assert.Empty(diagnostics);
        return File.ReadAllText(Path.Combine(_trust.OutputRoot, "calendar", fileName));
    }
}
