namespace PolicyKit.Sources.Text;

/// <summary>
/// Text reduced to its lower-case letters and digits. MIS exports and the people typing trust.yaml spell the same
/// thing many ways ("Teaching Assistant", "teaching-assistant", "Email Address (Work)"); compared this way they agree.
/// </summary>
internal static class LooseKey
{
    public static string Of(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
