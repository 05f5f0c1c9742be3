using System.Net;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>The links inside the framed policy page (its Word copy, "All policies" and the policies listed there) work.</summary>
[Collection(LocalServicesCollection.Name)]
public sealed class FramedPolicyLinksTests(LocalServicesFixture services)
{
    [Fact]
    public async Task The_framed_page_s_word_copy_policy_list_and_other_policies_open_from_a_sign_link()
    {
        await using var app = new SignOffAppFactory(services);
        var scenario = new SignOffScenario(app, services);
        await scenario.PublishAsync();
        var (csv, people) = SignOffScenario.Roster(1, "framed");
        await scenario.ImportRosterAsync(csv);
        await scenario.StartRoundAsync();
        var token = await scenario.TokenFromInvitationAsync(people[0].Email);
        using var browser = app.Anonymous();
        var page = await browser.GetStringAsync($"/sign/{token}/document/information-security.html");
        Assert.Contains("href=\"information-security.docx\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"index.html\"", page, StringComparison.Ordinal);

        // The Word copy is the published one of the version being signed.
        using var word = await browser.GetAsync($"/sign/{token}/document/information-security.docx");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
        var release = RecordJson.Deserialize<PublishedRelease>((await app.Store.ReadAsync(BlobNames.Release("millbrook", "information-security", "2.0"), CancellationToken.None))!.Content, "release");
        Assert.Equal(release.File("docx")!.Sha256, Hashing.Sha256Hex(BinaryData.FromBytes(await word.Content.ReadAsByteArrayAsync())));

        // "All policies" lists the school's published policies, and each opens inside the frame.
        using var index = await browser.GetAsync($"/sign/{token}/document/index.html");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("SAMEORIGIN", index.Headers.GetValues("X-Frame-Options").Single());
        var list = await index.Content.ReadAsStringAsync();
        Assert.Contains("Millbrook School policies", list, StringComparison.Ordinal);
        Assert.Contains("href=\"data-protection.html\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"information-security.html\"", list, StringComparison.Ordinal);
        var other = await browser.GetStringAsync($"/sign/{token}/document/data-protection.html");
        Assert.Contains("Millbrook School", other, StringComparison.Ordinal);
        Assert.Contains("<h1", other, StringComparison.Ordinal);

        // Another school's or an unpublished file is not served.
        using var missing = await browser.GetAsync($"/sign/{token}/document/no-such-policy.docx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
