using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Delivery;
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
    [Fact]
    public async Task The_clerk_sends_the_chair_a_new_link_the_old_one_shows_replaced_and_nothing_is_resent_once_decided()
    {
        await using var app = new SignOffAppFactory(services);
        _ = app.Services;
        var chair = LocalServicesFixture.NewAddress("chair");
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        var files = await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools.");
        await ProposalPublisher.Connect(app.Storage, TimeProvider.System).PublishAsync(
            ProposalFixture.Request(files, new("Chris Chair", chair), new("Cleo Clerk", LocalServicesFixture.NewAddress("clerk"))), CancellationToken.None);
        var ratifications = app.Service<RatificationService>();
        var request = await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, null, null, [], []), CancellationToken.None);
        var first = ProposalFixture.RatifyToken((await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single().Text ?? "");
        var stored = (await app.Store.ReadAsync(BlobNames.Ratification(request.Id), CancellationToken.None))!.Content.ToArray();

        // The clerk presses the button on the Ratifications page.
        using var admin = await AdminBrowser.SignInAsync(app);
        var page = await admin.GetStringAsync("/admin/ratifications");
        Assert.Contains("Send the chair a new link", page);
        using (var form = new FormUrlEncodedContent([new("request", request.Id), new("__antiforgery", SignPage.AntiforgeryToken(page))]))
        {
            var resent = WebUtility.HtmlDecode(await (await admin.PostAsync("/admin/ratifications?handler=Resend", form)).Content.ReadAsStringAsync());
            Assert.Contains($"A new link is on its way to {chair}.", resent);
            Assert.Contains($"New link sent on {PolicyKit.SignOff.Mail.UkTime.Date(DateTimeOffset.UtcNow)}", resent);
        }

        var mails = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), chair);
        var second = ProposalFixture.RatifyToken(mails.Select(m => m.Text ?? "").Single(t => !t.Contains(first, StringComparison.Ordinal)));
        Assert.Equal(RatifyLinkState.Replaced, (await ratifications.OpenAsync(first, CancellationToken.None)).State);
        Assert.False((await ratifications.ApproveAsync(first, "Chris Chair", agreed: true, Chair, CancellationToken.None)).Recorded);
        var opened = await ratifications.OpenAsync(second, CancellationToken.None);
        Assert.Equal(RatifyLinkState.Open, opened.State);
        Assert.Equal(request.Id, opened.Request!.Id);

        // The request, and every hash it pinned, is exactly as first sent.
        Assert.Equal(stored, (await app.Store.ReadAsync(BlobNames.Ratification(request.Id), CancellationToken.None))!.Content.ToArray());
        Assert.True((await ratifications.ApproveAsync(second, "Christine Chair", agreed: true, Chair, CancellationToken.None)).Recorded);
        await services.Maildev.WaitForAsync(m => m.Count == 3, TimeSpan.FromSeconds(30), chair);

        var refused = await Assert.ThrowsAsync<SignOffException>(() => ratifications.ResendAsync(request.Id, "clerk", CancellationToken.None));
        Assert.Contains("Christine Chair approved it on", refused.Message);
        await app.Service<MailDispatcher>().RunAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(3, (await services.Maildev.WaitForAsync(m => m.Count >= 3, TimeSpan.FromSeconds(5), chair)).Count);
        Assert.Equal(RatifyLinkState.Approved, (await ratifications.OpenAsync(second, CancellationToken.None)).State);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task A_chair_who_has_not_decided_after_seven_days_is_reminded_once_however_often_the_chase_runs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)) };
        _ = app.Services;
        var chair = LocalServicesFixture.NewAddress("chair");
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        await ProposalPublisher.Connect(app.Storage, TimeProvider.System).PublishAsync(
            ProposalFixture.Request(await ProposalFixture.WriteFilesAsync(folder, "Clause 4 now covers AI tools."), new("Chris Chair", chair), new("Cleo Clerk", LocalServicesFixture.NewAddress("clerk"))), CancellationToken.None);
        var ratifications = app.Service<RatificationService>();
        var request = await ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, null, null, [], []), CancellationToken.None);
        var ask = ProposalFixture.RatifyToken((await services.Maildev.WaitForAsync(m => m.Count > 0, TimeSpan.FromSeconds(30), chair)).Single().Text ?? "");
        var chase = app.Service<ReminderChase>();
        var reminder = BlobNames.RatificationMail(request.Id, RatificationMessage.ReminderName);

        // Six days on, nothing; seven days on, one reminder, whichever of the chase runs queues it.
        clock.Advance(TimeSpan.FromDays(6));
        await chase.ChaseAsync(clock.GetUtcNow(), null, CancellationToken.None);
        Assert.False(await app.Store.ExistsAsync(reminder, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(1));
        await chase.ChaseAsync(clock.GetUtcNow(), null, CancellationToken.None);
        await chase.ChaseAsync(clock.GetUtcNow(), null, CancellationToken.None);
        await app.Service<MailDispatcher>().RunAsync(CancellationToken.None);
        var mails = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), chair);
        var reminded = mails.Single(m => m.Subject.StartsWith("Reminder: ", StringComparison.Ordinal));
        Assert.Equal("Reminder: Please approve: Information security and acceptable use version 2.1", reminded.Subject);
        Assert.Contains("A reminder: this was sent to you on 1 June 2027 and is still waiting for your decision.", reminded.Text);

        clock.Advance(TimeSpan.FromDays(7));
        await chase.ChaseAsync(clock.GetUtcNow(), null, CancellationToken.None);
        await app.Service<MailDispatcher>().RunAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(2, (await services.Maildev.WaitForAsync(m => m.Count >= 2, TimeSpan.FromSeconds(5), chair)).Count);

        // Both links open the request; the clerk sees when the chair was reminded.
        Assert.Equal(RatifyLinkState.Open, (await ratifications.OpenAsync(ProposalFixture.RatifyToken(reminded.Text ?? ""), CancellationToken.None)).State);
        Assert.Equal(RatifyLinkState.Open, (await ratifications.OpenAsync(ask, CancellationToken.None)).State);
        using var admin = await AdminBrowser.SignInAsync(app);
        Assert.Contains("Reminded on 8 June 2027.", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/ratifications")));
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task A_proposal_superseded_by_a_newer_proposed_version_shows_superseded_and_cannot_be_sent()
    {
        await using var app = new SignOffAppFactory(services);
        _ = app.Services;
        var chair = LocalServicesFixture.NewAddress("chair");
        var publisher = ProposalPublisher.Connect(app.Storage, TimeProvider.System);
        var folder = Path.Combine(Path.GetTempPath(), $"proposal-{Guid.NewGuid():N}");
        await publisher.PublishAsync(ProposalFixture.Request(await ProposalFixture.WriteFilesAsync(Path.Combine(folder, "2.1"), "Clause 4 now covers AI tools."), new("Chris Chair", chair), new("Cleo Clerk", LocalServicesFixture.NewAddress("clerk"))), CancellationToken.None);
        await publisher.PublishAsync(ProposalFixture.Request(await ProposalFixture.WriteFilesAsync(Path.Combine(folder, "2.2"), "Clause 5 is new."), new("Chris Chair", chair), new("Cleo Clerk", LocalServicesFixture.NewAddress("clerk")), version: "2.2"), CancellationToken.None);

        var ratifications = app.Service<RatificationService>();
        var older = await ratifications.ProposalAsync("information-security", "2.1", "millbrook", CancellationToken.None);
        Assert.Equal(ProposalState.Superseded, older!.State);
        Assert.False(older.CanSend);
        Assert.Equal(ProposalState.NotSent, (await ratifications.ProposalAsync("information-security", "2.2", "millbrook", CancellationToken.None))!.State);
        var refused = await Assert.ThrowsAsync<SignOffException>(() => ratifications.SendAsync(new SendRatification("information-security", "2.1", "millbrook", "Chris Chair", chair, null, null, [], []), CancellationToken.None));
        Assert.Contains("A newer version has been proposed since.", refused.Message);
        Assert.DoesNotContain(await app.Store.ListFoldersAsync(BlobNames.RoundsPrefix, CancellationToken.None), id => id.StartsWith("ratify-", StringComparison.Ordinal));

        // The clerk's list says so, and offers to send only the newer one.
        using var admin = await AdminBrowser.SignInAsync(app);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/ratifications"));
        var row = page[page.IndexOf("data-version=\"2.1\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Superseded by a newer proposal", row);
        Assert.DoesNotContain("Send to the chair", row);
        Assert.Contains("/admin/ratifications/send/information-security/2.2/millbrook", page);
        Directory.Delete(folder, true);
    }
}
