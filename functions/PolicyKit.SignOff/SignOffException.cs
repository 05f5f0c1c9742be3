namespace PolicyKit.SignOff;

/// <summary>
/// The one exception type of the sign-off library: something a person can act on (storage unreachable, a version
/// already published with different content). Its message is written for them and never includes a secret.
/// </summary>
public sealed class SignOffException : Exception
{
    public SignOffException(string message)
        : base(message)
    {
    }

    public SignOffException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when trying again later may succeed (storage or mail server unavailable).</summary>
    public bool IsTransient { get; init; }

    /// <summary>True when what the request names (a round, a person) does not exist.</summary>
    public bool IsNotFound { get; init; }
}
