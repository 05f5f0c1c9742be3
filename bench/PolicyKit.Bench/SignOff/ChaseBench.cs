using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyKit.Cli.Local;
using PolicyKit.Functions.Admin;
using PolicyKit.Functions.Hosting;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.SignOff.Tracking;

namespace PolicyKit.Bench.SignOff;

/// <summary>
/// Times the reminder chase: a round of N people at one school, every invitation sent and nobody signed, the clock
/// moved to the morning the first reminder is due. The clock runs from the dispatch call (which runs the chase,
/// then sends what it queued) until every reminder has been accepted by the SMTP server.
/// </summary>
internal static class ChaseBench
{
    // Invited on Monday 4 January 2027; the first reminder falls on Thursday the 7th, sent by its 09:00 run.
    private static readonly DateTimeOffset Invited = new(2027, 1, 4, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ReminderMorning = new(2027, 1, 7, 9, 5, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(SignOffBenchOptions options, TextWriter stdout)
    {
        var total = Stopwatch.StartNew();
        await using var local = await LocalServices.StartAsync(new LocalServicesOptions(), CancellationToken.None);
        var storage = new StorageOptions { ConnectionString = local.StorageConnectionString, Container = "bench" };
        await SignOffBench.PublishExampleTrustAsync(options.RepositoryRoot, storage);
        var store = SignOffStore.Connect(storage);
        await SignOffBench.ImportRosterAsync(store, options.People, stdout);
        var clock = new BenchClock(Invited);
        var round = await StartRoundWithEveryInvitationSentAsync(store, options, clock);
        stdout.WriteLine($"setup: round {round} of {options.People} people, every invitation sent on {Invited:d MMMM yyyy}, nobody signed ({total.Elapsed.TotalSeconds:F1} s)");

        using var sink = options.Smtp == "sink" ? SmtpSink.Start(SignOffBench.FreePort()) : null;
        var smtp = sink is not null ? ("127.0.0.1", sink.Port) : (local.SmtpHost, local.SmtpPort);
        var port = SignOffBench.FreePort();
        var key = AdminKey.Create();
        var builder = SignOffBench.ServiceBuilder(storage, smtp, options.SmtpConnections, port, key);
        builder.Services.AddSingleton<TimeProvider>(clock);
        // The chase and the mail run log how long they took.
        builder.Logging.AddFilter("PolicyKit", LogLevel.Information);
        await using var app = SignOffApp.Build(builder);
        await app.StartAsync();
        using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(10) };
        admin.DefaultRequestHeaders.Add(AdminAuthentication.KeyHeader, key);

        clock.Now = ReminderMorning;
        var stopwatch = Stopwatch.StartNew();
        using (var dispatch = await admin.PostAsync("api/mail/dispatch", null))
        {
            dispatch.EnsureSuccessStatusCode();
            stdout.WriteLine($"dispatch: {await dispatch.Content.ReadAsStringAsync()}");
        }

        var elapsed = stopwatch.Elapsed;
        var reminders = await store.ListAsync(BlobNames.RemindersPrefix(round), CancellationToken.None);
        var sent = reminders.Count(r => MailState.From(r.Metadata).State == MailState.Sent);
        stdout.WriteLine($"chase: {sent} of {options.People} reminders accepted by {options.Smtp} after {elapsed.TotalSeconds:F1} s ({sent / elapsed.TotalSeconds:F0} per second; {options.SmtpConnections} SMTP connections)");
        await app.StopAsync();
        stdout.WriteLine($"total: {total.Elapsed.TotalSeconds:F1} s");
        return sent == options.People && reminders.Count == options.People ? 0 : 1;
    }

    /// <summary>Records the round's invites as sent on the Monday (no mail goes: only the reminders are timed).</summary>
    private static async Task<string> StartRoundWithEveryInvitationSentAsync(SignOffStore store, SignOffBenchOptions options, BenchClock clock)
    {
        var signOff = new SignOffOptions { PublicBaseUrl = new Uri("http://127.0.0.1/") };
        var records = new ImmutableRecords(store);
        var tracker = new RoundTracker(store, records, new RecordAuthenticator(SignOffBench.RecordKey), signOff, clock, NullLogger<RoundTracker>.Instance);
        var starter = new RoundStarter(store, records, new ReleaseCatalog(store), new RosterStore(store, clock), tracker, signOff, clock);
        var started = await starter.StartAsync(new StartRoundRequest(SignOffBench.Policy, [SignOffBench.School], ["staff"], new DateOnly(2027, 1, 29)), CancellationToken.None);
        var sent = new MailState { State = MailState.Sent, SentUtc = Invited, Attempts = 1, ExpiresUtc = Invited.AddDays(30) }.ToMetadata();
        var invites = await store.ListAsync(BlobNames.InvitesPrefix(started.Round.Id), CancellationToken.None);
        await Parallel.ForEachAsync(invites, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (invite, ct) =>
            await store.TrySetMetadataAsync(invite.Name, sent, invite.ETag, ct));

        // The last chase ran at the start, so the Tuesday-to-Thursday 09:00 runs are due when the clock moves on.
        await store.TryReplaceAsync(BlobNames.ChaseLastRun, RecordJson.Serialize(new ChaseLastRun(Invited)), RecordJson.ContentType, null, CancellationToken.None);
        return started.Round.Id;
    }
}
