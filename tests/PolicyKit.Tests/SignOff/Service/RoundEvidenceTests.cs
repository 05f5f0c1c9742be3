using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>What an auditor checks: the hashes in a receipt, and exports that carry the evidence and match the dashboard.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RoundEvidenceTests(LocalServicesFixture services)
{
    [Fact]
    public async Task A_receipt_names_the_sha256_of_the_page_shown_and_of_the_attachment_it_carries()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(1);
        await scenario.SignAsync(people[0].Email, "Staff Person One");

        var receipt = (await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), people[0].Email)).Single(m => m.Subject.StartsWith("You have signed", StringComparison.Ordinal));
        var attachment = Assert.Single(receipt.Attachments, a => a.FileName == "information-security.pdf");
        var bytes = await services.Maildev.GetAttachmentAsync(receipt.Id, attachment.GeneratedFileName);
        var attachmentSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var evidence = Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray()).GetProperty("evidence");
        var pageSha256 = evidence.GetProperty("documentSha256").GetString()!;

        Assert.NotEqual(pageSha256, attachmentSha256);
        Assert.Contains($"Attached copy:    information-security.pdf\nIts SHA-256:      {attachmentSha256}", receipt.Text!.ReplaceLineEndings("\n"));
        Assert.Contains($"Page shown:       {evidence.GetProperty("documentFile").GetString()}\nIts SHA-256:      {pageSha256}", receipt.Text.ReplaceLineEndings("\n"));
        Assert.Contains(attachmentSha256, receipt.Html);
        Assert.Contains(pageSha256, receipt.Html);
    }

    [Fact]
    public async Task Exports_carry_each_persons_evidence_and_honour_every_dashboard_filter()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        var (people, round) = await scenario.StartWithAsync(3);
        await scenario.SignAsync(people[0].Email, "Staff Person One");

        await scenario.PostAsync($"/api/rounds/{round}/people/millbrook/{RoundPeopleTests.PersonId(people[1].Email)}/exempt", new { kind = "excused", reason = "Long-term sick leave" });
        using var admin = app.AdminApi();

        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/rounds/{round}/export.json");
        var signed = all.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("status").GetString() == "signed");
        var evidence = signed.GetProperty("evidence");
        Assert.Equal("information-security.html", evidence.GetProperty("documentFile").GetString());
        Assert.Matches("^[0-9a-f]{64}$", evidence.GetProperty("documentSha256").GetString());
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("ipAddress").GetString()));
        Assert.Equal(1, evidence.GetProperty("chainSequence").GetInt64());
        var chain = await new PolicyKit.SignOff.Evidence.ChainVerifier(app.Store).VerifyAsync(round, CancellationToken.None);
        Assert.Equal(2, chain.Entries);
        Assert.Matches("^[0-9a-f]{64}$", evidence.GetProperty("chainEntryHash").GetString());
        var excused = all.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("status").GetString() == "excused");
        Assert.Equal("Long-term sick leave", excused.GetProperty("exemption").GetProperty("reason").GetString());

        var csv = CsvRows.Parse((await admin.GetStringAsync($"/api/rounds/{round}/export.csv?status=signed")).TrimStart('\uFEFF')).Where(r => r.Count > 1).ToList();
        Assert.Equal(2, csv.Count);
        var row = csv[0].Zip(csv[1]).ToDictionary(c => c.First, c => c.Second);
        Assert.Equal(evidence.GetProperty("documentSha256").GetString(), row["Document SHA-256"]);
        Assert.Equal(evidence.GetProperty("chainEntryHash").GetString(), row["Chain entry hash"]);
        Assert.Equal("1", row["Chain entry"]);
        Assert.Equal(evidence.GetProperty("ipAddress").GetString(), row["IP address"]);
        Assert.Equal(evidence.GetProperty("userAgent").GetString(), row["Browser"]);

        Assert.Equal(3, await CountAsync(admin, round, ""));
        Assert.Equal(1, await CountAsync(admin, round, "?status=excused"));
        Assert.Equal(0, await CountAsync(admin, round, "?status=email%20failed&school=millbrook"));
        Assert.Equal(1, await CountAsync(admin, round, "?q=" + Uri.EscapeDataString(people[2].Email)));
        Assert.Equal(1, await CountAsync(admin, round, "?q=person%202"));
        Assert.Equal(0, await CountAsync(admin, round, "?school=oakhurst"));
        Assert.Equal(0, await CountAsync(admin, round, "?group=governor"));
        Assert.Equal(3, await CountAsync(admin, round, "?group=staff&school=millbrook"));
        using var bad = await admin.GetAsync($"/api/rounds/{round}/export.csv?status=finished");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("There is no status 'finished'", await bad.Content.ReadAsStringAsync());

        // The dashboard's download link carries its filters.
        var dashboard = await admin.GetStringAsync($"/admin/rounds/{round}?status=Signed&q=person");
        Assert.Contains($"/api/rounds/{round}/export.csv?status=signed&amp;q=person", dashboard);
    }

    private static async Task<int> CountAsync(HttpClient admin, string round, string query) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/rounds/{round}/export.json{query}")).GetProperty("people").GetArrayLength();
}
