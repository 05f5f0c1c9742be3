using System.Globalization;

namespace PolicyKit.Bench.Generation;

/// <summary>What synthetic trust to write. The same options always give the same files.</summary>
internal sealed class GenerateOptions
{
    public GenerateOptions(string outputRoot)
    {
        OutputRoot = outputRoot;
    }

    public string OutputRoot { get; }

    public int Schools { get; init; } = 50;

    public int Policies { get; init; } = 40;

    public int Seed { get; init; } = 20261123;

    /// <summary>The repository checkout: its example trust supplies logos, its templates/ the reference document.</summary>
    public string? RepositoryRoot { get; init; }

    public static bool TryParse(ReadOnlySpan<string> args, out GenerateOptions options, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        options = new GenerateOptions(string.Empty);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--out" or "--schools" or "--policies" or "--seed" or "--repo") || i + 1 >= args.Length)
            {
                error = $"unexpected argument '{args[i]}'.";
                return false;
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--out", out var output))
        {
            error = "--out DIR is required.";
            return false;
        }

        int? Number(string key, int min, int max) =>
            !values.TryGetValue(key, out var text) ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw new FormatException($"{key} must be a whole number from {min} to {max}.");

        try
        {
            options = new GenerateOptions(output)
            {
                Schools = Number("--schools", 1, 1000) ?? 50,
                Policies = Number("--policies", 3, 500) ?? 40,
                Seed = Number("--seed", 0, int.MaxValue) ?? 20261123,
                RepositoryRoot = values.GetValueOrDefault("--repo"),
            };
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return false;
        }

        error = string.Empty;
        return true;
    }
}
