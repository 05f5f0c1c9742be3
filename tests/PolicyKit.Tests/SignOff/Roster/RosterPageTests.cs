using System.Net;
using System.Text;
using System.Text.Json;
using PolicyKit.Tests.SignOff.Service;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Roster;

/// <summary>The admin Roster page and API with MIS exports, through the real app, Azurite and the published example trust.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class RosterPageTests(LocalServicesFixture services)
{
    [Fact]
    public async Task The_page_offers_to_skip_rows_only_when_rows_and_not_the_header_are_the_problem()
    {
        await using var app = new SignOffAppFactory(services);
        await new SignOffScenario(app, services).PublishAsync();
        using var browser = await AdminBrowser.SignInAsync(app);

        var (headerStatus, headerPage) = await PostAsync(browser, "Known As,Surname,Home Email,Post\nChi,Okafor,chi@home.example,Teacher\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, headerStatus);
        Assert.Contains("needs correcting before any row can be read", headerPage, StringComparison.Ordinal);
        Assert.Contains("the header has no email column.", headerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("tick “Skip rows with problems”", headerPage, StringComparison.Ordinal);

        var (rowStatus, rowPage) = await PostAsync(browser, "Known As,Surname,Work Email,Post\nChi,Okafor,c.okafor@millbrook.example,Teacher\nBo,Reed,bo@millbrook.example,Site Technician\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rowStatus);
        Assert.Contains("tick “Skip rows with problems”", rowPage, StringComparison.Ordinal);
        Assert.Contains("(e.g. &quot;site technician: staff&quot;)", rowPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_takes_a_school_s_name_and_reads_a_bromcom_export()
    {
        await using var app = new SignOffAppFactory(services);
        await new SignOffScenario(app, services).PublishAsync();
        using var client = app.AdminApi();
        var csv = "\uFEFF\"Staff Code\",\"Forename\",\"Surname\",\"Email Address (Work)\",\"Post\",\"Staff Category\"\r\n" +
            "\"JWA1\",\"James\",\"Walker\",\"j.walker@oakhurst.example\",\"Teacher\",\"Teaching Staff\"\r\n";

        using var response = await client.PostAsync("/api/rosters?school=" + Uri.EscapeDataString("Oakhurst Primary Academy"), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("imported").GetProperty("oakhurst").GetInt32());
        var person = Assert.Single((await new PolicyKit.SignOff.Roster.RosterStore(app.Store, TimeProvider.System).GetAsync("oakhurst", CancellationToken.None))!.People);
        Assert.Equal(("James Walker", "staff", "JWA1"), (person.Name, person.Group, person.StaffId));
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient browser, string csv)
    {
        var form = await browser.GetStringAsync("/admin/roster");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignPage.AntiforgeryToken(form)), "__antiforgery" },
            { new StringContent("millbrook"), "School" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "staff.csv" },
        };
        using var response = await browser.PostAsync("/admin/roster", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
