using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Layout;
using PolicyKit.Sources.Statutory;
using PolicyKit.Sources.Versions;
using PolicyKit.Sources.Yaml;

namespace PolicyKit.Sources.Loading;

internal static class SchoolLoader
{
    public static SchoolSource? Load(string path, string text, string folderName, DiagnosticBag diagnostics)
    {
        var file = YamlFile.Parse(text, path, 0, diagnostics);
        if (file is null)
        {
            return null;
        }

        var school = Read(file, text, folderName);
        file.ReportUnknownKeys("school.yaml");
        return school;
    }

    /// <summary>
    /// The school a YAML file describes: its own school.yaml, or a stand-alone school's trust.yaml (then
    /// <paramref name="folderName"/> is null: the school has no folder of its own, and the caller reports unknown keys).
    /// </summary>
    public static SchoolSource Read(YamlMap file, string text, string? folderName)
    {
        var diagnostics = file.Diagnostics;
        var path = file.Path;
        var id = file.String("id", required: true) ?? folderName ?? "school";
        if (folderName is not null && id != folderName)
        {
            diagnostics.Error(DiagnosticCodes.IdMismatch, file.SpanOfValue("id"), $"school id '{id}' must match its folder name '{folderName}'; rename one of them.");
        }

        var name = file.String("name", required: true) ?? id;
        var phone = file.String("phone");
        var email = file.String("email");
        var website = file.String("website");
        var address = file.StringList("address").Select(a => a.Value).ToList();
        var siteMaps = file.MapList("sites");
        var sites = siteMaps.Count > 0
            ? siteMaps.Select(ReadSite).ToList()
            : [new ContactCard(name, address, phone, email, website)];
        if (siteMaps.Count > 0 && address.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, file.SpanOfKey("address"), "a federation gives each site's address under 'sites:'; remove the top-level 'address'.");
        }

        var roles = SharedSections.Roles(file);
        var school = new SchoolSource(
            path,
            id,
            file.SpanOfValue("id"),
            name,
            file.String("motto"),
            SharedSections.Asset(file, "logo"),
            file.String("logo-alt") ?? $"{name} logo",
            SharedSections.Asset(file, "reference-doc"),
            SharedSections.Numbering(file),
            SharedSections.Branding(file),
            siteMaps.Count > 1,
            sites,
            phone,
            email,
            website,
            file.String("headteacher"),
            file.String("headteacher-title") ?? "Headteacher",
            ChairOfGovernors(file, roles),
            file.String("governing-body") ?? "Governing body",
            roles,
            SharedSections.Settings(file),
            ContentHash.Of(UnprintedSections.TextForHash(file, text, [RosterGroupsSection.Key, .. SchoolProfileReader.Keys])))
        {
            Profile = SchoolProfileReader.Read(file),
            RosterGroups = RosterGroupsSection.Read(file),
            Committees = SharedSections.Committees(file),
            Layout = LayoutReader.Read(file),
        };
        return school;
    }

    /// <summary>
    /// The chair's name, from <c>chair-of-governors: name</c> or from the <c>chair-of-governors</c> role, which can
    /// also give the email the approval requests go to.
    /// </summary>
    private static string? ChairOfGovernors(YamlMap file, IReadOnlyDictionary<string, RoleHolder> roles)
    {
        var written = file.String("chair-of-governors");
        // A chair-of-governors post with no named holder names no one to sign or to ask.
        var role = roles.GetValueOrDefault(RatificationRoles.ChairOfGovernors) is { HasName: true } named ? named : null;
        if (written is not null && role is not null && written != role.Name)
        {
            file.Diagnostics.Error(DiagnosticCodes.InvalidValue, file.SpanOfValue("chair-of-governors"), $"'chair-of-governors: {written}' and the chair-of-governors role ({role.Name}, line {role.Span.Line}) name different people; keep one of them (the role can also give the chair's email).");
        }

        return written ?? role?.Name;
    }

    private static ContactCard ReadSite(YamlMap site)
    {
        var card = new ContactCard(
            site.String("name", required: true) ?? string.Empty,
            site.StringList("address").Select(a => a.Value).ToList(),
            site.String("phone"),
            site.String("email"),
            site.String("website"));
        site.ReportUnknownKeys("a site");
        return card;
    }
}
