using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// The steps a business manager takes, through the service's own API: publish, import a roster, start a round, and
/// the step a member of staff takes: open the link from their email.
/// </summary>
internal sealed partial class SignOffScenario(SignOffAppFactory app, LocalServicesFixture services)
{
    public const string Policy = "information-security";

    public SignOffAppFactory App => app;

    public Task PublishAsync() => ExampleTrustBuild.PublishAsync(app.Storage);

    /// <summary>A roster of <paramref name="count"/> staff at Millbrook, each with an address no other test uses.</summary>
    public static (string Csv, IReadOnlyList<(string Name, string Email)> People) Roster(int count, string prefix = "staff", string school = "millbrook")
    {
        var people = Enumerable.Range(1, count).Select(i => ($"{prefix} Person {i}", LocalServicesFixture.NewAddress($"{prefix}{i}"))).ToList();
        var csv = new StringBuilder("Name,Email,Group,School\n");
        foreach (var (name, email) in people)
        {
            csv.Append(name).Append(',').Append(email).Append(",Staff,").Append(school).Append('\n');
        }

        return (csv.ToString(), people);
    }

    public async Task<JsonElement> ImportRosterAsync(string csv, string? school = null, bool skipInvalid = false)
    {
        using var client = app.AdminApi();
        var query = $"/api/rosters?skipInvalid={skipInvalid.ToString().ToLowerInvariant()}" + (school is null ? "" : "&school=" + school);
        using var response = await client.PostAsync(query, new StringContent(csv, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> StartRoundAsync(string[]? schools = null, string[]? groups = null)
    {
        using var client = app.AdminApi();
        using var response = await client.PostAsJsonAsync("/api/rounds", new { policy = Policy, schools = schools ?? ["millbrook"], groups = groups ?? ["staff"] });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Starting the round failed: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>Publishes, imports <paramref name="count"/> staff at Millbrook and starts the round for them.</summary>
    public async Task<(IReadOnlyList<(string Name, string Email)> People, string Round)> StartWithAsync(int count, string prefix = "staff")
    {
        await PublishAsync();
        var (csv, people) = Roster(count, prefix);
        await ImportRosterAsync(csv);
        return (people, (await StartRoundAsync()).GetProperty("round").GetString()!);
    }

    /// <summary>Posts JSON to the admin API with the key, as a script would.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object? body)
    {
        using var client = app.AdminApi();
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> StatusAsync(string round)
    {
        using var client = app.AdminApi();
        return await client.GetFromJsonAsync<JsonElement>($"/api/rounds/{round}");
    }

    /// <summary>Opens the link in the invitation to <paramref name="email"/> and signs it, as the person would.</summary>
    public async Task SignAsync(string email, string typedName)
    {
        using var page = new SignPage(app.Anonymous(), await TokenFromInvitationAsync(email));
        var (status, html) = await page.SignAsync(typedName);
        Assert.True(status == HttpStatusCode.OK && html.Contains("you have signed", StringComparison.Ordinal), $"Signing failed: {(int)status}");
    }

    /// <summary>Waits for the invitation sent to <paramref name="email"/> and returns the token in its link.</summary>
    public async Task<string> TokenFromInvitationAsync(string email, TimeSpan? timeout = null)
    {
        var emails = await services.Maildev.WaitForAsync(m => m.Count > 0, timeout ?? TimeSpan.FromSeconds(30), email);
        return TokenIn(emails[0].Text ?? "");
    }

    public static string TokenIn(string text)
    {
        var match = SignLink().Match(text);
        Assert.True(match.Success, $"No sign link in: {text}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"/sign/([A-Za-z0-9_-]{43})")]
    private static partial Regex SignLink();
}
