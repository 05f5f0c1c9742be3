using System.Diagnostics;
using System.Text.Json;

namespace PolicyKit.Tests.Support;

/// <summary>A small typed client over maildev 3.0.0's REST API, for tests to read the mail a real SMTP server received.</summary>
internal sealed class MaildevClient : IDisposable
{
    private readonly HttpClient _http;

    public MaildevClient(Uri inbox) =>
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = inbox, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Every message held, or only those addressed to <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> ListAsync(string? to = null, CancellationToken cancellationToken = default)
    {
        var path = to is null ? "api/email" : "api/email?to.address=" + Uri.EscapeDataString(to);
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return [.. json.RootElement.EnumerateArray().Select(Email)];
    }

    /// <summary>Polls until <paramref name="condition"/> holds for the messages (to <paramref name="to"/>, if given); returns them.</summary>
    /// <exception cref="TimeoutException">The condition did not hold in time; the message lists what was there.</exception>
    public async Task<IReadOnlyList<MaildevEmail>> WaitForAsync(
        Func<IReadOnlyList<MaildevEmail>, bool> condition, TimeSpan timeout, string? to = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var emails = await ListAsync(to, cancellationToken);
            if (condition(emails))
            {
                return emails;
            }

            if (clock.Elapsed > timeout)
            {
                var seen = emails.Count == 0 ? "none" : string.Join("; ", emails.Select(e => $"'{e.Subject}' to {string.Join(", ", e.To)}"));
                throw new TimeoutException($"maildev did not hold the expected mail{(to is null ? "" : " to " + to)} within {timeout.TotalSeconds:0} s. Messages: {seen}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>The HTML body as maildev serves it to its web UI.</summary>
    public async Task<string> GetHtmlAsync(string id, CancellationToken cancellationToken = default) =>
        await _http.GetStringAsync(new Uri($"api/email/{Uri.EscapeDataString(id)}/html", UriKind.Relative), cancellationToken);

    public async Task<byte[]> GetAttachmentAsync(string id, string generatedFileName, CancellationToken cancellationToken = default) =>
        await _http.GetByteArrayAsync(new Uri($"api/email/{Uri.EscapeDataString(id)}/attachment/{Uri.EscapeDataString(generatedFileName)}", UriKind.Relative), cancellationToken);

    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.DeleteAsync(new Uri("api/email/all", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();

    private static MaildevEmail Email(JsonElement e)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (e.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                headers[header.Name] = header.Value.GetString()!;
            }
        }

        return new MaildevEmail(
            e.GetProperty("id").GetString()!,
            Text(e, "subject") ?? "",
            Addresses(e, "to"),
            Addresses(e, "from"),
            Text(e, "html"),
            Text(e, "text"),
            e.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array
                ? [.. a.EnumerateArray().Select(x => new MaildevAttachment(Text(x, "filename") ?? "", Text(x, "generatedFileName") ?? "", Text(x, "contentType") ?? "", x.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : 0))]
                : [],
            headers.GetValueOrDefault("message-id"),
            headers);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Addresses(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(x => Text(x, "address") ?? "")]
            : [];
}
