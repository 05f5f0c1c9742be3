using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

/// <summary>
/// The ratification of a policy that keeps no <c>version-history</c>: <c>ratified:</c>, <c>ratified-by</c>,
/// <c>minute-ref</c> and <c>chair</c> at the top of its front matter. Many schools' records give the date a policy
/// was ratified and no version number; its documents then print the date and leave the version out.
/// </summary>
/// <param name="Date">When it was ratified.</param>
/// <param name="RatifiedBy">The body that ratified it (governing-body, trust-board or a committee's key), or null for the policy's <c>approved-by</c>.</param>
/// <param name="MinuteRef">The minute reference of the meeting, or null.</param>
/// <param name="Chair">The chair of the meeting, or null.</param>
/// <param name="Span">Where the date is written.</param>
public sealed record UnversionedRatification(DateOnly Date, string? RatifiedBy, string? MinuteRef, string? Chair, SourceSpan Span)
{
    /// <summary>Where <see cref="RatifiedBy"/> is written.</summary>
    public SourceSpan RatifiedBySpan { get; init; }

    private static readonly string[] Keys = ["ratified", "ratified-by", "minute-ref", "chair"];

    internal static UnversionedRatification? Read(YamlMap file, string policyId, bool hasHistory)
    {
        var date = RatifiedDate.Read(file);
        var by = file.String("ratified-by");
        var minute = file.String("minute-ref");
        var chair = file.String("chair");
        if (hasHistory)
        {
            // With a history, each version carries its own ratification; a second, unnumbered one would contradict it.
            foreach (var key in Keys.Where(file.Has))
            {
                file.Diagnostics.Error(
                    DiagnosticCodes.RatifiedOutsideHistory,
                    file.SpanOfKey(key),
                    $"'{key}' at the top of the front matter is only for a policy with no version-history; {policyId} lists its versions, so write '{key}:' in the entry of the version that was ratified.");
            }

            return null;
        }

        if (date is null)
        {
            if (by is not null || minute is not null || chair is not null)
            {
                var key = Keys.Skip(1).First(file.Has);
                file.Diagnostics.Error(DiagnosticCodes.InconsistentVersionStatus, file.SpanOfKey(key), $"{policyId} records who ratified it (ratified-by, minute-ref or chair) but not when; add 'ratified: YYYY-MM-DD', or remove those keys until it is ratified.");
            }

            return null;
        }

        return new UnversionedRatification(date.Value, by, minute, chair, file.SpanOfValue("ratified")) { RatifiedBySpan = file.SpanOfValue("ratified-by") };
    }
}
