using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Statutory;

/// <summary>Reads <c>statutory-policies:</c> from trust.yaml: the trust's own entries (<c>add:</c>) and the ones that do not apply to some schools (<c>not-applicable:</c>).</summary>
internal static class StatutoryPoliciesSection
{
    public const string Key = "statutory-policies";

    public static StatutoryPoliciesSource Read(YamlMap file)
    {
        var section = file.Map(Key);
        if (section is null)
        {
            return StatutoryPoliciesSource.None;
        }

        var added = section.MapList("add").Select(e => StatutoryEntryReader.Read(e, "a statutory-policies entry")).OfType<StatutoryEntrySource>().ToList();
        var notApplicable = new List<NotApplicableSource>();
        foreach (var entry in section.MapList("not-applicable"))
        {
            var id = entry.String("id", required: true);
            var reason = entry.String("reason", required: true);
            var schools = entry.StringList("schools");
            entry.ReportUnknownKeys("a not-applicable entry");
            if (id is not null && reason is not null)
            {
                notApplicable.Add(new NotApplicableSource(id, entry.SpanOfValue("id"), schools, reason));
            }
        }

        section.ReportUnknownKeys(Key);
        return new StatutoryPoliciesSource(added, notApplicable);
    }
}
