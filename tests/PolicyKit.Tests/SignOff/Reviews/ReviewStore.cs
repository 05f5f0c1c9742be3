using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Reviews;

/// <summary>A school's review schedule written straight into a fresh container of the run's Azurite, for the chase to read.</summary>
internal sealed class ReviewStore
{
    public const string School = "oak";
    public const string Policy = "aup";

    private readonly SignOffOptions _options = new() { PublicBaseUrl = new Uri("https://policies.example/") };

    public ReviewStore(LocalServicesFixture services, DateTimeOffset start)
    {
        Store = SignOffStore.Connect(services.NewStorageOptions());
        Clock = new FakeTimeProvider(start);
    }

    public SignOffStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public static SchoolContact Owner { get; } = new("Olive Owner", "Director of Operations", "owner@oak.example");

    public static SchoolContact Clerk { get; } = new("Cal Clerk", "Clerk to governors", "clerk@oak.example");

    public ReviewChase NewChase() => new(Store, _options, NullLogger<ReviewChase>.Instance);

    /// <summary>The whole reminder chase (rounds and reviews) on the service's schedule.</summary>
    public ReminderChase NewScheduledChase(string schedule) =>
        new(Store, new ImmutableRecords(Store), _options with { ReminderSchedule = schedule }, NewChase(), Clock, NullLogger<ReminderChase>.Instance);

    public Task<int> RunAsync() => NewChase().QueueAsync(Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>Publishes the school's schedule with one policy, as <c>policykit publish</c> would.</summary>
    public async Task PublishAsync(DateOnly reviewDate, SchoolContact? owner = null, SchoolContact? clerk = null, ReviewReminderRules? rules = null)
    {
        await Store.EnsureContainerAsync(CancellationToken.None);
        var schedule = new ReviewSchedule(School, rules ?? ReviewReminderRules.Default, clerk ?? Clerk, [new ScheduledReview(Policy, "Acceptable use", "2.0", reviewDate, "director-of-operations", owner ?? Owner)]);
        await Store.UploadAsync(BlobNames.ReviewSchedule(School), RecordJson.Serialize(schedule), RecordJson.ContentType, CancellationToken.None);
    }

    /// <summary>Every review reminder queued, as "review-date/recipient/step".</summary>
    public async Task<IReadOnlyList<string>> RemindersAsync()
    {
        var prefix = BlobNames.ReviewRemindersPrefix(School) + Policy + "/";
        return (await Store.ListAsync(prefix, CancellationToken.None)).Select(r => r.Name[prefix.Length..^".json".Length]).Order(StringComparer.Ordinal).ToList();
    }

    public Task<ReviewReminderRecord?> ReadAsync(string reminder) =>
        RecordJson.ReadAsync<ReviewReminderRecord>(Store, BlobNames.ReviewRemindersPrefix(School) + Policy + "/" + reminder + ".json", CancellationToken.None);

    /// <summary>Moves the clock to <paramref name="instant"/>.</summary>
    public void MoveTo(DateTimeOffset instant) => Clock.Advance(instant - Clock.GetUtcNow());
}
