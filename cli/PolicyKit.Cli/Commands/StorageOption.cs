using System.CommandLine;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Cli.Commands;

/// <summary>Where the sign-off commands find storage: --storage, else POLICYKIT_STORAGE.</summary>
internal static class StorageOption
{
    public const string EnvironmentVariable = "POLICYKIT_STORAGE";

    public static Option<string?> Connection() => new("--storage")
    {
        Description = $"Azure Storage connection string (default: the {EnvironmentVariable} environment variable; 'policykit serve' prints the local one).",
    };

    public static Option<string> Container() => new("--container")
    {
        Description = "The blob container PolicyKit keeps its records in.",
        DefaultValueFactory = _ => StorageOptions.DefaultContainer,
    };

    /// <returns>The options, or null after telling the person what to set.</returns>
    public static StorageOptions? Resolve(ParseResult parse, Option<string?> connection, Option<string> container, TextWriter stderr)
    {
        var value = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            stderr.WriteLine($"error: say which storage to use: --storage \"<connection string>\" or set {EnvironmentVariable}. 'policykit serve' starts a local one and prints its connection string.");
            return null;
        }

        return new StorageOptions { ConnectionString = value, Container = parse.GetValue(container)! };
    }
}
