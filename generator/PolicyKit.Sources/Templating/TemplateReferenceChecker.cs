using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Text;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace PolicyKit.Sources.Templating;

/// <summary>Finds <c>root.member</c> references that no school defines, with a suggestion for each.</summary>
internal sealed class TemplateReferenceChecker(IReadOnlyDictionary<string, IReadOnlySet<string>> known) : ScriptVisitor
{
    public List<(string Code, ScribanSpan Span, string Message)> Problems { get; } = [];

    public override void Visit(ScriptMemberExpression node)
    {
        var member = node.Member?.Name;
        if (member is null)
        {
            base.Visit(node);
            return;
        }

        if (node.Target is ScriptVariableGlobal { Name: { } rootName } && known.TryGetValue(rootName, out var members))
        {
            CheckMember(rootName, member, members, node.Member!.Span);
        }
        else if (node.Target is ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "roles" }, Member.Name: { } roleName } &&
                 known.TryGetValue("roles", out var roles) && roles.Contains(roleName) &&
                 !TemplateScope.RoleFields.Contains(member))
        {
            Problems.Add((DiagnosticCodes.UnknownRole, node.Member!.Span,
                $"a role has no '{member}'{Suggestions.Hint(member, TemplateScope.RoleFields)}; use .name, .title, .email or .phone."));
        }

        base.Visit(node);
    }

    private void CheckMember(string root, string member, IReadOnlySet<string> members, ScribanSpan span)
    {
        if (members.Contains(member))
        {
            return;
        }

        var closest = Suggestions.Closest(member, members);
        var hint = closest is null ? string.Empty : $" (did you mean '{root}.{closest}'?)";
        var (code, message) = root switch
        {
            "settings" => (DiagnosticCodes.UnknownSetting, $"unknown setting 'settings.{member}'{hint}; declare '{member.Replace('_', '-')}' under 'settings:' in trust.yaml or correct the name."),
            "roles" => (DiagnosticCodes.UnknownRole, $"unknown role 'roles.{member}'{hint}; add '{member.Replace('_', '-')}' under 'roles:' in trust.yaml or correct the name."),
            _ => (DiagnosticCodes.UnknownVariable, $"unknown variable '{root}.{member}'{hint}."),
        };
        Problems.Add((code, span, message));
    }
}
