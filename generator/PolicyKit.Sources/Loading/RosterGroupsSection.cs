using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Yaml;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Sources.Loading;

/// <summary>
/// Reads <c>roster-groups:</c> from trust.yaml or school.yaml: which sign-off group (staff, governors, volunteers)
/// each job role in the school's MIS export belongs to.
/// </summary>
internal static class RosterGroupsSection
{
    public const string Key = "roster-groups";

    /// <summary>The groups a roster row can join; policies ask them to sign with <c>acceptance: required-from:</c>.</summary>
    public static IReadOnlyList<string> Groups { get; } = ["staff", "governors", "volunteers"];

    /// <summary>The file's text without its <c>roster-groups:</c> lines, for the file's content hash (see <see cref="UnprintedSections"/>).</summary>
    public static string TextForHash(YamlMap file, string text) => UnprintedSections.TextForHash(file, text, Key);

    /// <returns>The entries keyed by <see cref="LooseKey"/> of the role, so "Teacher" and "teacher" are one role.</returns>
    public static Dictionary<string, RosterGroupEntry> Read(YamlMap file)
    {
        var entries = new Dictionary<string, RosterGroupEntry>(StringComparer.Ordinal);
        var section = file.Map(Key);
        if (section is null)
        {
            return entries;
        }

        foreach (var (role, value, span) in section.Entries())
        {
            if (value is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                section.Invalid(value, role, "a group: staff, governors or volunteers");
                continue;
            }

            var group = text.Trim();
            var roleKey = LooseKey.Of(role);
            if (!Groups.Contains(group, StringComparer.Ordinal))
            {
                file.Diagnostics.Error(
                    DiagnosticCodes.InvalidRosterGroups,
                    section.SpanOf(value),
                    $"job role '{role}' is given the group '{group}', which does not exist{Suggestions.Hint(group, Groups)}; use staff, governors or volunteers.");
            }
            else if (roleKey.Length == 0)
            {
                file.Diagnostics.Error(DiagnosticCodes.InvalidRosterGroups, span, $"'{role}' is not a job role; write the role as the MIS export spells it, e.g. 'teaching assistant: staff'.");
            }
            else if (entries.TryGetValue(roleKey, out var first))
            {
                file.Diagnostics.Error(
                    DiagnosticCodes.InvalidRosterGroups,
                    span,
                    $"job role '{role}' is the same role as '{first.Role}' on line {first.Span.Line} (case, spaces and punctuation do not count); keep one of the two lines.");
            }
            else
            {
                entries[roleKey] = new RosterGroupEntry(string.Join(' ', role.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), group, span);
            }
        }

        return entries;
    }
}
