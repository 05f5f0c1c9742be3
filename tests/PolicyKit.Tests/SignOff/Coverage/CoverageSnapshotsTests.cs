using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff.Coverage;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Coverage;

/// <summary>Each school's published statutory policies in the run's real Azurite: written by publish, replaced whole, read by the dashboard.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class CoverageSnapshotsTests(LocalServicesFixture services)
{
    // Monday 11 January 2027, 09:00 in the UK (GMT).
    private static readonly DateTimeOffset Monday = new(2027, 1, 11, 9, 0, 0, TimeSpan.Zero);

    internal static CoverageEntry ChildProtection(DateOnly nextReview) =>
        new("child-protection", "Child protection policy", true, "safeguarding", "Safeguarding and child protection", Ratified: true, nextReview, MustPublish: true, OnWebsite: true);

    internal static CoverageEntry Charging { get; } =
        new("charging", "Charging and remissions policy", true, null, null, Ratified: false, null, MustPublish: true, OnWebsite: false);

    internal static CoverageEntry Mobiles { get; } =
        new("mobile-phones", "Mobile phones in schools", false, "mobile-phones", "Mobile phones", Ratified: false, new DateOnly(2027, 9, 1), MustPublish: false, OnWebsite: true);

    internal static CoverageSnapshot Oak(DateOnly nextReview) =>
        new("oak", "Oak Academy", "Academy, secondary, with a sixth form", [ChildProtection(nextReview), Charging, Mobiles]);

    [Fact]
    public async Task Publish_stores_each_schools_snapshot_and_reads_it_back_as_written()
    {
        var store = SignOffStore.Connect(services.NewStorageOptions());
        var snapshot = Oak(new DateOnly(2027, 1, 10));

        await new Publisher(store, TimeProvider.System).PublishAsync(new PublishRequest([], [], null) { Coverage = [snapshot] }, CancellationToken.None);

        var read = await new CoverageSnapshots(store).ReadAsync("oak", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(snapshot with { Entries = [] }, read with { Entries = [] });
        Assert.Equal(snapshot.Entries, read.Entries);
        Assert.True(await store.ExistsAsync("coverage/oak/snapshot.json", CancellationToken.None));
    }

    [Fact]
    public async Task Publishing_again_replaces_the_snapshot_whole_and_leaves_other_schools_alone()
    {
        var store = SignOffStore.Connect(services.NewStorageOptions());
        var publisher = new Publisher(store, TimeProvider.System);
        var birch = new CoverageSnapshot("birch", "Birch Primary", "Maintained, primary", [Charging]);
        await publisher.PublishAsync(new PublishRequest([], [], null) { Coverage = [Oak(new DateOnly(2027, 1, 10)), birch] }, CancellationToken.None);

        var renewed = Oak(new DateOnly(2028, 1, 10)) with { Entries = [ChildProtection(new DateOnly(2028, 1, 10))] };
        await publisher.PublishAsync(new PublishRequest([], [], null) { Coverage = [renewed] }, CancellationToken.None);

        var all = await new CoverageSnapshots(store).ReadAllAsync(CancellationToken.None);
        Assert.Equal(["Birch Primary", "Oak Academy"], all.Select(s => s.SchoolName));
        Assert.Equal(renewed.Entries, all[1].Entries);
        Assert.Equal(birch.Entries, all[0].Entries);
    }

    [Fact]
    public async Task The_board_works_out_an_overdue_review_on_the_day_it_is_looked_at_not_the_day_it_was_published()
    {
        var store = SignOffStore.Connect(services.NewStorageOptions());
        await new Publisher(store, TimeProvider.System).PublishAsync(new PublishRequest([], [], null) { Coverage = [Oak(new DateOnly(2027, 1, 10))] }, CancellationToken.None);
        var clock = new FakeTimeProvider(Monday.AddDays(-7));
        var board = new CoverageBoard(store, clock);

        var before = Assert.Single(await board.SchoolsAsync(CancellationToken.None));
        Assert.Equal((1, 0, 1, 1), (before.Missing, before.ReviewOverdue, before.NotRatified, before.MissingFromWebsite));
        Assert.Equal(["Charging and remissions policy", "Mobile phones in schools"], before.NeedingAction.Select(e => e.Name));

        clock.Advance(TimeSpan.FromDays(7));
        var after = Assert.Single(await board.SchoolsAsync(CancellationToken.None));
        Assert.Equal((1, 1, 1, 1), (after.Missing, after.ReviewOverdue, after.NotRatified, after.MissingFromWebsite));
        Assert.Equal(CoverageStatus.ReviewOverdue, after.Snapshot.Entries[0].StatusOn(after.Today));
        Assert.Equal(["Child protection policy", "Charging and remissions policy", "Mobile phones in schools"], after.NeedingAction.Select(e => e.Name));
    }

    [Theory]
    [InlineData(2027, 1, 10, CoverageStatus.InPlace)]
    [InlineData(2027, 1, 11, CoverageStatus.ReviewOverdue)]
    public void A_review_is_overdue_from_the_day_after_its_date(int year, int month, int day, CoverageStatus expected)
    {
        Assert.Equal(expected, ChildProtection(new DateOnly(2027, 1, 10)).StatusOn(new DateOnly(year, month, day)));
        Assert.Equal(CoverageStatus.Missing, Charging.StatusOn(new DateOnly(year, month, day)));
        Assert.Equal(CoverageStatus.NotRatified, Mobiles.StatusOn(new DateOnly(2030, 1, 1)));
    }
}
