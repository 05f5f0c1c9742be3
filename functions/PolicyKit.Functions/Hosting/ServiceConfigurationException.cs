namespace PolicyKit.Functions.Hosting;

/// <summary>A missing or invalid setting: start-up stops and prints every problem, each naming its setting.</summary>
public sealed class ServiceConfigurationException(IReadOnlyList<string> problems)
    : Exception("PolicyKit cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    /// <summary>One message per missing or invalid setting, each naming its configuration key.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
