using System.Net;
using System.Text.RegularExpressions;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>A person's browser on the sign page: it keeps cookies and posts the form's antiforgery token like a real one.</summary>
internal sealed partial class SignPage(HttpClient client, string token) : IDisposable
{
    public string Url => $"/sign/{token}";

    public async Task<(HttpStatusCode Status, string Html)> OpenAsync()
    {
        using var response = await client.GetAsync(Url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Html)> SignAsync(string name, bool agree = true, bool withAntiforgery = true)
    {
        var (_, html) = await OpenAsync();
        var fields = new List<KeyValuePair<string, string>> { new("FullName", name) };
        if (agree)
        {
            fields.Add(new("Agree", "true"));
        }

        return await PostAsync("Sign", html, fields, withAntiforgery);
    }

    public async Task<(HttpStatusCode Status, string Html)> DeclineAsync(string reason)
    {
        var (_, html) = await OpenAsync();
        return await PostAsync("Decline", html, [new("Reason", reason)], withAntiforgery: true);
    }

    /// <summary>Posts with a token taken from an earlier page, as twenty quick clicks or tabs would.</summary>
    public async Task<HttpStatusCode> PostSignWithFormAsync(string formHtml, string name)
    {
        var (status, _) = await PostAsync("Sign", formHtml, [new("FullName", name), new("Agree", "true")], withAntiforgery: true);
        return status;
    }

    /// <summary>Posts the sign form taken from an earlier page, and returns the page the person then sees.</summary>
    public Task<(HttpStatusCode Status, string Html)> PostSignAsync(string formHtml, string name) =>
        PostAsync("Sign", formHtml, [new("FullName", name), new("Agree", "true")], withAntiforgery: true);

    private async Task<(HttpStatusCode, string)> PostAsync(string handler, string html, List<KeyValuePair<string, string>> fields, bool withAntiforgery)
    {
        if (withAntiforgery)
        {
            fields.Add(new("__antiforgery", AntiforgeryToken(html)));
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync($"{Url}?handler={handler}", content);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await OpenAsync();
        }

        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string AntiforgeryToken(string html)
    {
        var match = Antiforgery().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
