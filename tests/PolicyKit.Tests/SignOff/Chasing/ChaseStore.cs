using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Rounds;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Chasing;

/// <summary>A round's records written straight into a fresh container of the run's Azurite, for the chase to read.</summary>
internal sealed class ChaseStore
{
    public const string Round = "aup-v1-0000000000";

    public ChaseStore(LocalServicesFixture services, DateTimeOffset start)
    {
        Store = SignOffStore.Connect(services.NewStorageOptions());
        Clock = new FakeTimeProvider(start);
    }

    public SignOffStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public ReminderChase NewChase()
    {
        var options = new SignOffOptions { PublicBaseUrl = new Uri("https://policies.example/") };
        return new(Store, new ImmutableRecords(Store), options, new ReviewChase(Store, options, NullLogger<ReviewChase>.Instance), Clock, NullLogger<ReminderChase>.Instance);
    }

    public async Task WriteRoundAsync(DateOnly? signBy, params string[] schools)
    {
        await Store.EnsureContainerAsync(CancellationToken.None);
        var round = new RoundDefinition
        {
            Id = Round,
            Policy = "aup",
            PolicyTitle = "Acceptable Use Policy",
            Version = "1",
            Groups = ["staff"],
            Statements = ["I agree."],
            Releases = schools.Select(s => new RoundRelease(s, s + " School", "1", "aup.html", new string('0', 64), null, null)).ToList(),
            StartedUtc = Clock.GetUtcNow(),
            LinkLifetimeDays = 30,
            SignBy = signBy,
            Reminders = new ReminderSchedule(),
        };
        Assert.True(await Store.TryCreateAsync(BlobNames.Round(Round), RecordJson.Serialize(round), RecordJson.ContentType, null, CancellationToken.None));
    }

    /// <param name="state">The invitation's mail state; sent now unless given.</param>
    public async Task InviteAsync(string school, string person, MailState? state = null)
    {
        var invite = new InviteRecord(Round, school, person, $"Person {person}", $"{person}@school.example", "staff", null, Clock.GetUtcNow());
        var metadata = (state ?? new MailState { State = MailState.Sent, SentUtc = Clock.GetUtcNow(), ExpiresUtc = Clock.GetUtcNow().AddDays(30) }).ToMetadata();
        Assert.True(await Store.TryCreateAsync(BlobNames.Invite(Round, school, person), RecordJson.Serialize(invite), RecordJson.ContentType, metadata, CancellationToken.None));
    }

    /// <summary>Any record under a round folder (a decision or an exemption): the chase goes by its name.</summary>
    public Task MarkAsync(string name) => Store.TryCreateAsync(name, BinaryData.FromString("{}"), RecordJson.ContentType, null, CancellationToken.None);

    public async Task<IReadOnlyList<string>> RemindersAsync() =>
        (await Store.ListAsync(BlobNames.RemindersPrefix(Round), CancellationToken.None)).Select(r => r.Name[BlobNames.RemindersPrefix(Round).Length..]).ToList();
}
