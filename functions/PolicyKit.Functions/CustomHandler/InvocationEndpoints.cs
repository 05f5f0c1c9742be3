using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Delivery;

namespace PolicyKit.Functions.CustomHandler;

/// <summary>
/// Non-HTTP functions under the Azure Functions custom-handler protocol: the host POSTs an invocation
/// (<c>{"Data": {...}, "Metadata": {...}}</c>) to /&lt;function name&gt; and reads back
/// <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>. Mapped only under the Functions host, which is the
/// only caller that can reach the app's loopback port there.
/// </summary>
internal static class InvocationEndpoints
{
    public const string DispatchMailFunction = "dispatch-mail";

    public static void MapCustomHandlerInvocations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + DispatchMailFunction, async (InvocationRequest? invocation, MailDispatcher dispatcher, CancellationToken cancellationToken) =>
        {
            DispatchRun run;
            try
            {
                run = await dispatcher.RunAsync(cancellationToken);
            }
            catch (SignOffException ex)
            {
                // The host records a failed invocation from the status code and shows the logs beside it.
                return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), [$"dispatch-mail failed: {ex.Message}"], null), statusCode: StatusCodes.Status500InternalServerError);
            }

            var logs = new List<string> { $"dispatch-mail: {run.Delivered} delivered, {run.Retrying} to retry, {run.Failed} failed." };
            if (run.RemindersQueued > 0 || run.NoticesQueued > 0)
            {
                logs.Add($"Reminder chase: {run.RemindersQueued} reminders and {run.NoticesQueued} business-manager notices queued.");
            }

            if (IsPastDue(invocation))
            {
                logs.Add("The timer was past due.");
            }

            return Results.Json(new InvocationResponse(new Dictionary<string, object?>(), logs, null));
        });
    }

    // The timer's state is the trigger's input binding, so it arrives under Data by the binding's name in
    // function.json ("timer"), not under Metadata; some hosts send it as a JSON object, others as a JSON string.
    private static bool IsPastDue(InvocationRequest? invocation)
    {
        if (invocation?.Data is not { } data || !data.TryGetValue("timer", out var timer))
        {
            return false;
        }

        if (timer.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var parsed = JsonDocument.Parse(timer.GetString()!);
                return parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty("IsPastDue", out var inner) && inner.ValueKind == JsonValueKind.True;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return timer.ValueKind == JsonValueKind.Object && timer.TryGetProperty("IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;
    }
}

internal sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] Dictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] Dictionary<string, JsonElement>? Metadata);

internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] Dictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
