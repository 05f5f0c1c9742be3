namespace PolicyKit.Functions.Hosting;

/// <summary>A missing or invalid setting: start-up stops and prints every problem, each naming its setting.</summary>
internal sealed class ServiceConfigurationException(IReadOnlyList<string> problems)
    : Exception("PolicyKit cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
