using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

/// <summary>A <c>ratified:</c> date, which must name the day: it is the evidence of when a body approved a version.</summary>
internal static class RatifiedDate
{
    public static DateOnly? Read(YamlMap map)
    {
        if (map.IsMonth("ratified"))
        {
            var text = map.String("ratified");
            map.Diagnostics.Error(
                DiagnosticCodes.RatifiedMonthOnly,
                map.SpanOfValue("ratified"),
                $"'ratified: {text}' gives only the month; a ratification date is the record of the meeting, so write the day it was ratified as YYYY-MM-DD (e.g. 2023-06-14). Only 'date', 'implemented' and 'next-review' may be a month.");
            return null;
        }

        return map.Date("ratified");
    }
}
