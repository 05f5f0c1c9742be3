using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Layout;
using PolicyKit.Sources.Statutory;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

internal static class TrustLoader
{
    /// <param name="path">trust.yaml's path as messages print it.</param>
    /// <param name="text">Its text.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="standaloneSchool">The school itself, when trust.yaml says <c>standalone: true</c>; else null.</param>
    public static TrustSource? Load(string path, string text, DiagnosticBag diagnostics, out SchoolSource? standaloneSchool)
    {
        standaloneSchool = null;
        var file = YamlFile.Parse(text, path, 0, diagnostics);
        if (file is null)
        {
            return null;
        }

        var name = file.String("name", required: true) ?? "Trust";
        var trust = new TrustSource(
            path,
            name,
            file.String("website"),
            SharedSections.Asset(file, "logo"),
            file.String("logo-alt") ?? $"{name} logo",
            SharedSections.Asset(file, "reference-doc"),
            SharedSections.Numbering(file) ?? NumberingScheme.Decimal,
            SharedSections.Branding(file),
            SharedSections.Roles(file),
            SharedSections.Settings(file),
            ContentHash.Of(UnprintedSections.TextForHash(file, text, RosterGroupsSection.Key, ReviewRemindersSection.Key, StatutoryPoliciesSection.Key)))
        {
            RosterGroups = RosterGroupsSection.Read(file),
            Committees = SharedSections.Committees(file),
            ReviewReminders = ReviewRemindersSection.Read(file),
            Layout = LayoutReader.Read(file),
            Layouts = LayoutReader.ReadNamed(file),
            StatutoryPolicies = StatutoryPoliciesSection.Read(file),
        };
        // A school with no trust describes itself in trust.yaml: the same file is its trust (name, branding, roles,
        // settings, shared by the one school) and its school.yaml (id, address, headteacher, governing body...).
        if (file.Bool("standalone") == true)
        {
            standaloneSchool = SchoolLoader.Read(file, text, folderName: null);
            trust = trust with { Standalone = true, StandaloneSpan = file.SpanOfKey("standalone") };
        }

        file.ReportUnknownKeys("trust.yaml", key => SchoolKeys.Contains(key)
            ? $"'{key}' belongs to a school; for a school with no trust, add 'standalone: true' to trust.yaml, otherwise put it in schools/<school-id>/school.yaml"
            : null);
        return trust;
    }

    // A school's own keys, which trust.yaml takes only when it describes a stand-alone school.
    private static readonly HashSet<string> SchoolKeys = new(StringComparer.Ordinal)
    {
        "id", "motto", "address", "sites", "phone", "email", "headteacher", "headteacher-title", "chair-of-governors", "governing-body",
        "type", "phase", "special", "nursery", "sixth-form",
    };
}
