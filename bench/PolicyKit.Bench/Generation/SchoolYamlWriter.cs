using System.Globalization;
using System.Text;
using PolicyKit.Bench.Generation.Vocabulary;

namespace PolicyKit.Bench.Generation;

/// <summary>schools/&lt;id&gt;/school.yaml: varied numbering, branding, settings and role holders; every twelfth is a two-site federation.</summary>
internal static class SchoolYamlWriter
{
    private static readonly string?[] Numbering = ["alpha", "decimal", "unnumbered", null];

    /// <param name="towns">Town names in a shuffled order; school <paramref name="index"/> is named after the index-th.</param>
    public static (string Id, string Yaml) Write(Random random, int index, IReadOnlyList<string> towns)
    {
        var federation = index % 12 == 5;
        string[] sites = federation
            ? [towns[index % towns.Count], towns[(index + towns.Count / 2) % towns.Count]]
            : [towns[index % towns.Count]];

        // Names repeat once there are more schools than towns; the index keeps ids unique.
        var id = RandomExtensions.Slug(string.Join(' ', sites)) + (index >= towns.Count ? $"-{index / towns.Count + 1}" : string.Empty);
        var name = federation ? $"{sites[0]} and {sites[1]} Primary Federation" : $"{sites[0]} {random.Pick(Places.Kinds)}";
        var yaml = new StringBuilder()
            .Line($"id: {id}")
            .Line($"name: {name}")
            .Line($"motto: {random.Pick(Places.Mottos)}")
            .Line("logo: logo.png")
            .Line($"logo-alt: {name} logo");
        if (Numbering[index % Numbering.Length] is { } numbering)
        {
            yaml.Line($"numbering: {numbering}");
        }

        yaml.Line("branding:").Line($"  primary-colour: {random.Colour()}");
        if (random.Chance(0.5))
        {
            yaml.Line($"  accent-colour: {random.Colour()}");
        }

        if (random.Chance(0.3))
        {
            yaml.Line("  heading-font: Liberation Serif");
        }

        var phone = Phone(index, 0);
        if (federation)
        {
            yaml.Line("sites:");
            for (var site = 0; site < sites.Length; site++)
            {
                yaml.Line($"  - name: {sites[site]} Primary School")
                    .Line($"    address: [{Address(random, sites[site])}]")
                    .Line($"    phone: {Phone(index, site + 1)}")
                    .Line($"    email: office@{RandomExtensions.Slug(sites[site])}.example");
            }
        }
        else
        {
            yaml.Line($"address: [{Address(random, sites[0])}]");
        }

        yaml.Line($"phone: {phone}")
            .Line($"email: office@{id}.example")
            .Line($"website: www.{id}.example")
            .Line($"headteacher: {Person(random)}")
            .Line($"headteacher-title: {(federation ? "Executive headteacher" : "Headteacher")}")
            .Line($"chair-of-governors: {Person(random)}")
            .Line($"governing-body: {(federation ? "Federation governing body" : random.Pick(["Local governing body", "Local academy committee"]))}");
        WriteRoles(random, yaml, id);
        WriteSettings(random, yaml);
        return (id, yaml.ToString());
    }

    private static void WriteRoles(Random random, StringBuilder yaml, string id)
    {
        var roles = new List<string>();
        if (random.Chance(0.6))
        {
            var person = Person(random);
            roles.Add(TrustYamlWriter.Role("designated-safeguarding-lead", person, "Designated safeguarding lead", Email(person, id), "01632 960900"));
        }

        if (random.Chance(0.5))
        {
            var person = Person(random);
            roles.Add(TrustYamlWriter.Role("business-manager", person, "School business manager", Email(person, id), "01632 960901"));
        }

        if (random.Chance(0.15))
        {
            roles.Add(TrustYamlWriter.Role("it-provider", "Kestrel IT Services", "IT support provider", "helpdesk@kestrelit.example", "01632 960902"));
        }

        if (roles.Count > 0)
        {
            yaml.Line("roles:");
            roles.ForEach(role => yaml.Append(role));
        }
    }

    private static void WriteSettings(Random random, StringBuilder yaml)
    {
        var settings = new List<string>();
        if (random.Chance(0.4))
        {
            settings.Add($"password-min-length: {random.Next(6, 13)}");
        }

        if (random.Chance(0.3))
        {
            settings.Add($"screen-lock-minutes: {random.Next(2, 11)}");
        }

        if (random.Chance(0.35))
        {
            settings.Add("mfa-required: true");
        }

        if (random.Chance(0.25))
        {
            settings.Add("cashless-catering: true");
        }

        if (random.Chance(0.2))
        {
            settings.Add($"retention-years: {random.Next(3, 8)}");
        }

        if (settings.Count > 0)
        {
            yaml.Line("settings:");
            settings.ForEach(setting => yaml.Line($"  {setting}"));
        }
    }

    private static string Address(Random random, string town) =>
        $"{random.Next(1, 120)} {random.Pick(Places.Streets)}, {town}, Fernshire, FV{random.Next(1, 20)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";

    /// <summary>Ofcom's drama range, 01632 960000 to 960999, so no real number is ever printed.</summary>
    private static string Phone(int school, int line) => string.Create(CultureInfo.InvariantCulture, $"01632 960{(school * 3 + line) % 1000:D3}");

    private static string Person(Random random) => $"{random.Pick(Places.GivenNames)} {random.Pick(Places.FamilyNames)}";

    private static string Email(string person, string schoolId) =>
        $"{char.ToLowerInvariant(person[0])}.{RandomExtensions.Slug(person[(person.IndexOf(' ', StringComparison.Ordinal) + 1)..])}@{schoolId}.example";
}
