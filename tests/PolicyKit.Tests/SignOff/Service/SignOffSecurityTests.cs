using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PolicyKit.Cli.Local;
using PolicyKit.Functions.Admin;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Signing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>One test per rule that keeps sign links, people's records and the admin side safe.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class SignOffSecurityTests(LocalServicesFixture services)
{
    private const string ScriptName = "<script>alert(1)</script> Jo";

    [Fact]
    public async Task Guessed_links_get_the_link_does_not_work_page_and_after_a_few_further_guesses_are_refused_while_real_links_still_work()
    {
        await using var app = new SignOffAppFactory(services, s => s["RateLimits:UnknownLinksPerWindow"] = "5");
        var (scenario, people, _) = await StartAsync(app, 1);
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        using var browser = app.Anonymous();

        foreach (var guess in new[] { RandomToken(), "not-a-token" })
        {
            using var response = await browser.GetAsync($"/sign/{guess}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("This link does not work", html);
            Assert.DoesNotContain("Exception", html);
            Assert.DoesNotContain(people[0].Email, html);
            Assert.DoesNotContain(people[0].Name, html);
        }

        for (var i = 0; i < 3; i++)
        {
            using var response = await browser.GetAsync($"/sign/{RandomToken()}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // From the sixth unknown link on, unknown links from that client are refused for the window, so guessing
        // stalls; real links from the same address (a school's staff share one) keep working.
        using var blocked = await browser.GetAsync($"/sign/{RandomToken()}");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        using var blockedDocument = await browser.GetAsync($"/sign/{RandomToken()}/document/x.html");
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedDocument.StatusCode);
        using var real = await browser.GetAsync($"/sign/{token}");
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Contains(people[0].Name, await real.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posting_the_sign_form_again_after_signing_records_nothing_new_and_shows_the_signed_state()
    {
        await using var app = new SignOffAppFactory(services);
        var (scenario, people, round) = await StartAsync(app, 1);
        using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[0].Email));
        var (_, form) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, (await page.SignAsync("Staff Person One")).Status);

        Assert.Equal(HttpStatusCode.OK, await page.PostSignWithFormAsync(form, "Someone Else"));

        var (status, html) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thank you, you have signed", html);
        Assert.DoesNotContain("Someone Else", html);
        Assert.Single(await app.Store.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None));
        var person = Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray());
        Assert.Equal("signed", person.GetProperty("status").GetString());
        Assert.Equal("Staff Person One", person.GetProperty("nameTyped").GetString());
        var chain = await new ChainVerifier(app.Store).VerifyAsync(round, CancellationToken.None);
        Assert.True(chain.IsIntact);
        Assert.Equal(1, chain.Entries);
    }

    [Fact]
    public async Task A_link_shows_its_own_persons_agreement_and_reaches_nothing_of_anyone_else()
    {
        await using var app = new SignOffAppFactory(services);
        var (scenario, people, _) = await StartAsync(app, 2);
        var (a, b) = (people[0], people[1]);
        var tokenA = await scenario.TokenFromInvitationAsync(a.Email);
        var tokenB = await scenario.TokenFromInvitationAsync(b.Email);
        using var browser = app.Anonymous();

        var page = await browser.GetStringAsync($"/sign/{tokenA}");
        Assert.Contains(a.Name, page);
        Assert.Contains(a.Email, page);
        Assert.DoesNotContain(b.Name, page);
        Assert.DoesNotContain(b.Email, page);

        var documentFile = System.Text.RegularExpressions.Regex.Match(page, $"/sign/{tokenA}/document/([^\"]+\\.html)\"").Groups[1].Value;
        Assert.NotEmpty(documentFile);
        using var document = await browser.GetAsync($"/sign/{tokenA}/document/{documentFile}");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.DoesNotContain(b.Email, await document.Content.ReadAsStringAsync());

        // Whatever file name is asked for, a link serves only its round's published documents.
        foreach (var file in new[] { "round.json", "release.json", "..%2F..%2Frounds", Uri.EscapeDataString($"../invites/millbrook/{b.Email}.json"), tokenB })
        {
            using var other = await browser.GetAsync($"/sign/{tokenA}/document/{file}");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            Assert.DoesNotContain(b.Email, await other.Content.ReadAsStringAsync());
        }

        // A link to anything the school did not publish leads to a short page inside the frame, not an error the frame refuses.
        using var siteLink = await browser.GetAsync($"/sign/{tokenA}/document/not-a-policy.html");
        Assert.Equal(HttpStatusCode.NotFound, siteLink.StatusCode);
        Assert.Contains("Not available here", await siteLink.Content.ReadAsStringAsync());
        Assert.Equal("SAMEORIGIN", siteLink.Headers.GetValues("X-Frame-Options").Single());

        using var api = await browser.GetAsync("/api/rounds");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_link_past_its_lifetime_shows_the_expired_page_with_410_and_cannot_sign()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)) };
        var (scenario, people, round) = await StartAsync(app, 1);
        using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[0].Email));
        var (openStatus, form) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, openStatus);

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var (status, html) = await page.OpenAsync();
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("This link has expired", html);

        Assert.Equal(HttpStatusCode.Gone, await page.PostSignWithFormAsync(form, "Staff Person One"));
        Assert.Empty(await app.Store.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None));
    }

    [Fact]
    public async Task Storage_holds_only_the_hash_of_a_sign_link_never_the_link_itself()
    {
        await using var app = new SignOffAppFactory(services);
        var (scenario, people, _) = await StartAsync(app, 2);
        var tokens = new List<string>();
        foreach (var (_, email) in people)
        {
            tokens.Add(await scenario.TokenFromInvitationAsync(email));
        }

        var blobs = await app.Store.ListAsync("", CancellationToken.None);
        Assert.Contains(blobs, b => b.Name == BlobNames.Link(SignTokens.Hash(tokens[0])));
        foreach (var blob in blobs)
        {
            var stored = await app.Store.ReadAsync(blob.Name, CancellationToken.None);
            Assert.NotNull(stored);
            var text = Encoding.UTF8.GetString(stored.Content.ToArray()) + string.Join('\n', stored.Metadata.Values) + blob.Name;
            foreach (var token in tokens)
            {
                Assert.False(text.Contains(token, StringComparison.Ordinal), $"{blob.Name} holds a raw sign link.");
            }
        }
    }

    [Fact]
    public async Task The_admin_side_needs_the_key_and_api_changes_are_refused_with_only_the_admin_pages_cookie()
    {
        await using var app = new SignOffAppFactory(services);
        var (_, _, round) = await StartAsync(app, 1);
        using var anonymous = app.Anonymous();

        using var admin = await anonymous.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", admin.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var list = await anonymous.GetAsync("/api/rounds");
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        using (var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/api/rounds") { Content = JsonContent.Create(new { policy = SignOffScenario.Policy }) })
        {
            wrongKey.Headers.Add(AdminAuthentication.KeyHeader, "pk_not-the-key");
            using var response = await anonymous.SendAsync(wrongKey);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // The cookie is enough to read and download, never to change anything: another site could make a browser send it.
        using var browser = await AdminBrowser.SignInAsync(app);
        using var pages = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, pages.StatusCode);
        using var start = await browser.PostAsJsonAsync("/api/rounds", new { policy = SignOffScenario.Policy, schools = new[] { "millbrook" }, groups = new[] { "staff" } });
        Assert.Equal(HttpStatusCode.Unauthorized, start.StatusCode);
        using var roster = await browser.PostAsync("/api/rosters?school=millbrook", new StringContent("Name,Email,Group\nX,x@test.example,Staff\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, roster.StatusCode);
        using var export = await browser.GetAsync($"/api/rounds/{round}/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task The_platform_principal_header_counts_only_when_trusted_and_only_with_the_configured_role()
    {
        var withRole = Principal("PolicyKit.Admins");
        var withoutRole = Principal("Staff");

        await using (var untrusting = new SignOffAppFactory(services))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await GetRoundsAsync(untrusting, withRole));
        }

        await using var trusting = new SignOffAppFactory(services, s =>
        {
            s["Admin:TrustPlatformPrincipal"] = "true";
            s["Admin:PlatformRole"] = "PolicyKit.Admins";
        });
        Assert.Equal(HttpStatusCode.OK, await GetRoundsAsync(trusting, withRole));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetRoundsAsync(trusting, withoutRole));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetRoundsAsync(trusting, "not base64 at all"));

        // The platform adds its principal to any request carrying its session cookie, so it never authorises an
        // API change: a page on another site could otherwise post a roster through an admin's browser.
        using (var client = trusting.Anonymous())
        using (var post = new HttpRequestMessage(HttpMethod.Post, "/api/rosters?school=millbrook") { Content = new StringContent("Name,Email,Group\nEve,eve@attacker.example,Staff\n", Encoding.UTF8, "text/plain") })
        {
            post.Headers.Add("X-MS-CLIENT-PRINCIPAL", withRole);
            using var response = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        static async Task<HttpStatusCode> GetRoundsAsync(SignOffAppFactory app, string principal)
        {
            using var client = app.Anonymous();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rounds");
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        static string Principal(string role) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = "Pat Manager" }, new { typ = "roles", val = role } },
        })));
    }

    [Fact]
    public async Task A_script_typed_as_a_name_is_shown_as_text_on_every_page_export_and_receipt()
    {
        await using var app = new SignOffAppFactory(services);
        var (scenario, people, round) = await StartAsync(app, 1);
        using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[0].Email));

        var (status, signed) = await page.SignAsync(ScriptName);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertEncoded(signed);

        using var browser = await AdminBrowser.SignInAsync(app);
        AssertEncoded(await browser.GetStringAsync($"/admin/rounds/{round}"));

        var json = await browser.GetStringAsync($"/api/rounds/{round}/export.json");
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ScriptName, JsonDocument.Parse(json).RootElement.GetProperty("people")[0].GetProperty("nameTyped").GetString());

        // A CSV is data, not a page: the name is kept as typed, and the file is only ever downloaded, never shown.
        using var csv = await browser.GetAsync($"/api/rounds/{round}/export.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(',', csv.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(ScriptName, CsvRows.Parse(await csv.Content.ReadAsStringAsync())[1]);

        var mail = await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), people[0].Email);
        var receipt = Assert.Single(mail, m => m.Attachments.Any(a => a.FileName == "information-security.pdf"));
        AssertEncoded(receipt.Html ?? "");

        static void AssertEncoded(string html)
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Jo", html);
        }
    }

    [Fact]
    public async Task Formulas_in_names_and_reasons_are_escaped_in_the_csv_and_kept_as_data_in_the_json()
    {
        const string FormulaName = "=HYPERLINK(\"http://x\",\"y\")";
        const string PlusReason = "+1 cmd|' /C calc'!A0";
        const string AtReason = "@SUM(1+1)*cmd|' /C calc'!A0";
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        (string Name, string Email)[] people = [(FormulaName, LocalServicesFixture.NewAddress("formula")), ("Plus Person", LocalServicesFixture.NewAddress("plus")), ("At Person", LocalServicesFixture.NewAddress("at"))];
        var csvRoster = new StringBuilder("Name,Email,Group,School\n");
        foreach (var (name, email) in people)
        {
            csvRoster.Append('"').Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",").Append(email).Append(",Staff,millbrook\n");
        }

        await scenario.ImportRosterAsync(csvRoster.ToString());
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        foreach (var (email, reason) in new[] { (people[1].Email, PlusReason), (people[2].Email, AtReason) })
        {
            using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(email));
            Assert.Equal(HttpStatusCode.OK, (await page.DeclineAsync(reason)).Status);
        }

        using var api = app.AdminApi();
        var rows = CsvRows.Parse(await api.GetStringAsync($"/api/rounds/{round}/export.csv"));
        var (nameColumn, reasonColumn) = (rows[0].IndexOf("Name"), rows[0].IndexOf("Decline reason"));
        Assert.Contains(rows, r => r[nameColumn] == "'" + FormulaName);
        Assert.Contains(rows, r => r[reasonColumn] == "'" + PlusReason);
        Assert.Contains(rows, r => r[reasonColumn] == "'" + AtReason);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"Unescaped cell: {cell}"));

        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/rounds/{round}/export.json")).RootElement.GetProperty("people").EnumerateArray().ToList();
        Assert.Contains(json, p => p.GetProperty("name").GetString() == FormulaName);
        Assert.Contains(json, p => p.GetProperty("declineReason").GetString() == PlusReason);
        Assert.Contains(json, p => p.GetProperty("declineReason").GetString() == AtReason);
    }

    [Fact]
    public async Task Signing_without_the_antiforgery_token_is_refused_with_400_and_records_nothing()
    {
        await using var app = new SignOffAppFactory(services);
        var (scenario, people, round) = await StartAsync(app, 1);
        using var page = new SignPage(app.Anonymous(), await scenario.TokenFromInvitationAsync(people[0].Email));

        var (status, _) = await page.SignAsync("Staff Person One", withAntiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, status);

        Assert.Empty(await app.Store.ListAsync(BlobNames.DecisionsPrefix(round), CancellationToken.None));
        var person = Assert.Single((await scenario.StatusAsync(round)).GetProperty("people").EnumerateArray());
        Assert.Equal("outstanding", person.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sign_links_the_admin_key_and_the_storage_key_never_reach_the_logs()
    {
        var logs = new CapturedLogs();
        await using var app = new SignOffAppFactory(services) { Host = b => b.ConfigureLogging(l => l.AddProvider(logs)) };
        var (scenario, people, round) = await StartAsync(app, 1);
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        using var page = new SignPage(app.Anonymous(), token);
        Assert.Equal(HttpStatusCode.OK, (await page.SignAsync("Staff Person One")).Status);
        await services.Maildev.WaitForAsync(m => m.Count == 2, TimeSpan.FromSeconds(30), people[0].Email);
        using var browser = await AdminBrowser.SignInAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/rounds/{round}/export.csv")).StatusCode);
        using var unknown = await app.Anonymous().GetAsync($"/sign/{RandomToken()}");

        Assert.Contains(LocalServices.AccountKey, services.StorageConnectionString, StringComparison.Ordinal);
        var all = string.Join('\n', logs.Lines);
        Assert.Contains("Mail run", all);
        Assert.DoesNotContain(token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(SignOffAppFactory.AdminKeyValue, all, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalServices.AccountKey, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_pages_from_one_client_are_limited_per_minute()
    {
        await using var app = new SignOffAppFactory(services, s => s["RateLimits:SignRequestsPerMinute"] = "5");
        var (scenario, people, _) = await StartAsync(app, 1);
        using var browser = app.Anonymous();
        var url = $"/sign/{await scenario.TokenFromInvitationAsync(people[0].Email)}";

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    private async Task<(SignOffScenario Scenario, IReadOnlyList<(string Name, string Email)> People, string Round)> StartAsync(SignOffAppFactory app, int count)
    {
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(count);
        await scenario.ImportRosterAsync(csv);
        var round = (await scenario.StartRoundAsync()).GetProperty("round").GetString()!;
        return (scenario, people, round);
    }

    private static string RandomToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
