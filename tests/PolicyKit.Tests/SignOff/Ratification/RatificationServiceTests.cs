using System.Net;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Ratification;

/// <summary>Proposals, returns with comments and trust-wide approvals against the real service, Azurite and maildev.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RatificationServiceTests(LocalServicesFixture services)
{
    private static readonly RequestEvidence Chair = new("192.0.2.7", "test browser", "req-1");

    [Fact]
    public async Task A_proposal_whose_file_changed_after_its_hash_was_taken_is_refused_and_nothing_is_uploaded()
    {
        await using var app = new SignOffAppFactory(services);
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var files = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools.");
        await File.AppendAllTextAsync(files.RedlineHtml!.Path, "<p>edited by hand</p>");

        var report = await ProposalPublisher.Connect(app.Storage, TimeProvider.System).PublishAsync(
            ProposalFixture.Request(files, new("Chris Chair", "chair@test.example"), new("Cleo Clerk", "clerk@test.example")), CancellationToken.None);

        var problem = Assert.Single(report.Problems);
        Assert.Contains("information-security-redline.html: the file changed after the build made it", problem);
        Assert.Empty(await app.Store.ListAsync(BlobNames.ProposalsPrefix, CancellationToken.None));
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task A_returned_proposal_can_be_revised_and_sent_again_and_the_first_request_keeps_its_pinned_hashes()
    {
        await using var app = new SignOffAppFactory(services);
        _ = app.Services;
        var clerk = LocalServicesFixture.NewAddress("clerk");
        var chair = LocalServicesFixture.NewAddress("chair");
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var publisher = ProposalPublisher.Connect(app.Storage, TimeProvider.System);
        var first = ProposalFixture.Request(await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools."), new("Chris Chair", chair), new("Cleo Clerk", clerk));
        Assert.True(Assert.Single((await publisher.PublishAsync(first, CancellationToken.None)).Schools).Uploaded);
        Assert.False(Assert.Single((await publisher.PublishAsync(first, CancellationToken.None)).Schools).Uploaded);

        var ratifications = app.Service<RatificationService>();
        var request = await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, null, null, [], []), CancellationToken.None);
        var again = await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, null, null, [], []), CancellationToken.None);
        Assert.Equal(request.Id, again.Id);
        var pinned = request.Proposal.Files.Select(f => (f.Name, f.Sha256)).ToList();

        // While it is with the chair, the proposal cannot change.
        var revisedFiles = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools, from September.");
        var revised = ProposalFixture.Request(revisedFiles, new("Chris Chair", chair), new("Cleo Clerk", clerk));
        Assert.Contains("is waiting for their decision", Assert.Single((await publisher.PublishAsync(revised, CancellationToken.None)).Problems));

        var ask = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single();
        Assert.StartsWith("Please approve: Information security and acceptable use version 2.1", ask.Subject);
        var token = ProposalFixture.RatifyToken(ask.Text ?? "");
        var empty = await ratifications.ReturnAsync(token, "  ", Chair, CancellationToken.None);
        Assert.Contains("Write your comments", empty.Problem);
        var returned = await ratifications.ReturnAsync(token, "Clause 4 needs a start date.", Chair, CancellationToken.None);
        Assert.True(returned.Recorded);
        Assert.Equal(RatifyLinkState.Returned, returned.Context.State);

        var notice = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), clerk)).Single();
        Assert.StartsWith("Returned with comments: Information security and acceptable use version 2.1", notice.Subject);
        Assert.Contains("Clause 4 needs a start date.", notice.Text);
        var status = await ratifications.ProposalAsync("information-security", "2.1", "millbrook", CancellationToken.None);
        Assert.Equal(ProposalState.Returned, status!.State);
        Assert.False(status.CanSend);

        // Revised under the same version, it is accepted and can be sent again; the first request still pins what the chair saw.
        Assert.True(Assert.Single((await publisher.PublishAsync(revised, CancellationToken.None)).Schools).Uploaded);
        Assert.True((await ratifications.ProposalAsync("information-security", "2.1", "millbrook", CancellationToken.None))!.CanSend);
        var second = await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, "FGB 2027/07 item 2", null, [], []), CancellationToken.None);
        Assert.NotEqual(request.Id, second.Id);
        var firstStored = RecordJson.Deserialize<RatificationRequest>((await app.Store.ReadAsync(BlobNames.Ratification(request.Id), CancellationToken.None))!.Content, "first");
        Assert.Equal(pinned, firstStored.Proposal.Files.Select(f => (f.Name, f.Sha256)).ToList());
        Assert.NotEqual(pinned, second.Proposal.Files.Select(f => (f.Name, f.Sha256)).ToList());
        foreach (var file in firstStored.Proposal.Files)
        {
            Assert.Equal(file.Sha256, Hashing.Sha256Hex((await app.Store.ReadAsync(file.Blob, CancellationToken.None))!.Content));
        }

        // A return is no approval.
        Assert.Empty(await app.Service<RatificationCatalog>().ApprovedAsync(CancellationToken.None));
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task A_trust_board_policy_is_one_request_and_one_approval_for_every_school()
    {
        await using var app = new SignOffAppFactory(services);
        _ = app.Services;
        var chair = LocalServicesFixture.NewAddress("trust-chair");
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var files = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools.");
        var request = ProposalFixture.Request(files, null!, null!) with
        {
            Body = "trust-board",
            TrustWide = true,
            Chair = new("Tara Trustee", chair),
            Clerk = new("Gov Services", LocalServicesFixture.NewAddress("trust-clerk")),
            Documents = [new("brookfield", "Brookfield Learning Trust", "Trust board", null, null, files)],
        };
        var report = await ProposalPublisher.Connect(app.Storage, TimeProvider.System).PublishAsync(request, CancellationToken.None);
        Assert.Equal(ProposalScopes.Trust, Assert.Single(report.Schools).Scope);

        var ratifications = app.Service<RatificationService>();
        var status = Assert.Single(await ratifications.ProposalsAsync(CancellationToken.None));
        Assert.Equal(("Tara Trustee", chair), (status.Proposal.Chair!.Name, status.Proposal.Chair.Email));
        await ratifications.SendAsync(new SendRatification("information-security", "2.1", ProposalScopes.Trust, "Tara Trustee", chair, "Board 2027/03 item 6", null, [], []), CancellationToken.None);
        var ask = (await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single();
        var approved = await ratifications.ApproveAsync(ProposalFixture.RatifyToken(ask.Text ?? ""), "Tara Trustee", agreed: true, Chair, CancellationToken.None);
        Assert.True(approved.Recorded);

        var approval = Assert.Single(await app.Service<RatificationCatalog>().ApprovedAsync(CancellationToken.None));
        Assert.Null(approval.School);
        Assert.Equal(("information-security", "2.1", "trust-board", "Tara Trustee", "Board 2027/03 item 6"), (approval.Policy, approval.Version, approval.Body, approval.Chair, approval.MinuteRef));
        Directory.Delete(folder, true);
    }
}
