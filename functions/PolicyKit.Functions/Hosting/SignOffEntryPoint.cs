namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Names this assembly for WebApplicationFactory in the tests. The app's Program class cannot serve: the CLI, which
/// hosts the same app for 'policykit serve', has a Program class of its own.
/// </summary>
public sealed class SignOffEntryPoint
{
    private SignOffEntryPoint()
    {
    }
}
