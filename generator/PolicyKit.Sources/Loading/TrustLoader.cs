using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Layout;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

internal static class TrustLoader
{
    public static TrustSource? Load(string path, string text, DiagnosticBag diagnostics)
    {
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
            ContentHash.Of(UnprintedSections.TextForHash(file, text, RosterGroupsSection.Key, ReviewRemindersSection.Key)))
        {
            RosterGroups = RosterGroupsSection.Read(file),
            Committees = SharedSections.Committees(file),
            ReviewReminders = ReviewRemindersSection.Read(file),
            Layout = LayoutReader.Read(file),
            Layouts = LayoutReader.ReadNamed(file),
        };
        file.ReportUnknownKeys("trust.yaml");
        return trust;
    }
}
