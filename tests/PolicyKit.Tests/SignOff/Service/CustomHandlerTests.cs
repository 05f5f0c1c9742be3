using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKit.Functions.Hosting;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// The Azure Functions layout in functions/PolicyKit.Functions agrees with the app: every HTTP function's route is
/// served, every timer function is answered under the custom-handler protocol, and host.json starts this app.
/// </summary>
[Collection(LocalServicesCollection.Name)]
public sealed partial class CustomHandlerTests(LocalServicesFixture services)
{
    private static readonly string FunctionsFolder = Path.Combine(RepositoryPaths.Root, "functions", "PolicyKit.Functions");

    /// <summary>A sample for each route parameter a function declares, and what the app must answer there.</summary>
    private static readonly Dictionary<string, (Dictionary<string, string> Samples, HttpStatusCode Status, string Shows)> Expected = new(StringComparer.Ordinal)
    {
        ["admin"] = (new() { ["rest"] = "" }, HttpStatusCode.Redirect, "/admin/login"),
        ["api"] = (new() { ["rest"] = "health" }, HttpStatusCode.OK, "\"ok\""),
        ["assets"] = (new() { ["file"] = "site.css" }, HttpStatusCode.OK, "{"),
        ["calendar"] = (new() { ["school"] = "x", ["file"] = "y.ics" }, HttpStatusCode.NotFound, "There is no calendar at this address"),
        ["ratify"] = (new() { ["rest"] = "x" }, HttpStatusCode.NotFound, "This link does not work"),
        ["sign"] = (new() { ["rest"] = "x" }, HttpStatusCode.NotFound, "This link does not work"),
    };

    public static TheoryData<string> HttpFunctions() => [.. Named("httpTrigger")];

    public static TheoryData<string> TimerFunctions() => [.. Named("timerTrigger")];

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public async Task Each_http_functions_route_is_served_by_the_app(string function)
    {
        var trigger = Trigger(Functions().Single(f => f.Name == function).Bindings)!.Value;
        Assert.True(Expected.TryGetValue(function, out var expected), $"{function}/function.json is new: add a sample request for it to this test.");
        var path = "/" + RouteParameter().Replace(trigger.GetProperty("route").GetString()!, m => expected.Samples[m.Groups[1].Value]);
        path = path.TrimEnd('/').Length == 0 ? "/" : path.TrimEnd('/');
        await using var app = new SignOffAppFactory(services, s => s["Hosting:CustomHandler"] = "true");
        using var client = app.Anonymous();

        using var response = await client.GetAsync(path);

        var shown = expected.Status == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString ?? "" : await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected.Status, $"GET {path} for function {function}: {(int)response.StatusCode}, expected {(int)expected.Status}.");
        Assert.Contains(expected.Shows, shown, StringComparison.Ordinal);
        Assert.Contains("get", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Theory]
    [MemberData(nameof(TimerFunctions))]
    public async Task Each_timer_function_is_answered_with_a_custom_handler_response(string function)
    {
        await using var app = new SignOffAppFactory(services, s => s["Hosting:CustomHandler"] = "true");
        using var client = app.Anonymous();

        using var response = await client.PostAsync("/" + function, Invocation(isPastDue: true));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /{function}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("Outputs").ValueKind);
        var logs = json.RootElement.GetProperty("Logs");
        Assert.Equal(JsonValueKind.Array, logs.ValueKind);
        Assert.NotEqual(0, logs.GetArrayLength());
        Assert.Contains(logs.EnumerateArray(), l => l.GetString()!.Contains("past due", StringComparison.Ordinal));
        Assert.True(json.RootElement.TryGetProperty("ReturnValue", out _));
    }

    [Fact]
    public async Task Timer_functions_are_not_answered_outside_the_functions_host()
    {
        await using var app = new SignOffAppFactory(services);
        using var client = app.Anonymous();
        foreach (var function in Named("timerTrigger"))
        {
            using var response = await client.PostAsync("/" + function, Invocation(isPastDue: false));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public void Host_json_proxies_http_requests_to_this_app_without_a_route_prefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");

        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(typeof(SignOffEntryPoint).Assembly.GetName().Name, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.NotEmpty(Named("timerTrigger"));
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), Named("httpTrigger"));
    }

    [Fact]
    public void The_build_puts_host_json_and_every_function_folder_beside_the_app()
    {
        // The Functions host reads them from the deployed folder; the build output (which publish copies) must have them.
        var output = Path.GetDirectoryName(typeof(SignOffEntryPoint).Assembly.Location)!;
        Assert.True(File.Exists(Path.Combine(output, "host.json")), $"host.json is missing from {output}");
        foreach (var (name, _) in Functions())
        {
            Assert.True(File.Exists(Path.Combine(output, name, "function.json")), $"{name}/function.json is missing from {output}");
        }
    }

    private static StringContent Invocation(bool isPastDue) => new(
        JsonSerializer.Serialize(new
        {
            Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = isPastDue } },
            Metadata = new { sys = new { MethodName = "dispatch-mail", UtcNow = "2026-11-23T09:00:00Z", RandGuid = Guid.NewGuid() } },
        }),
        Encoding.UTF8,
        "application/json");

    private static List<string> Named(string triggerType) =>
        [.. Functions().Where(f => Type(Trigger(f.Bindings)) == triggerType).Select(f => f.Name)];

    private static IEnumerable<(string Name, JsonElement Bindings)> Functions() =>
        Directory.GetDirectories(FunctionsFolder)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => (Path.GetFileName(d), JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "function.json"))).RootElement.GetProperty("bindings").Clone()))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);

    private static JsonElement? Trigger(JsonElement bindings) =>
        bindings.EnumerateArray().Where(b => Type(b).EndsWith("Trigger", StringComparison.Ordinal)).Cast<JsonElement?>().SingleOrDefault();

    private static string Type(JsonElement? binding) => binding?.GetProperty("type").GetString() ?? "";

    [GeneratedRegex(@"\{\*?([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
