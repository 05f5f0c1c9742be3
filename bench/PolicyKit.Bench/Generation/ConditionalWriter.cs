using System.Text;

namespace PolicyKit.Bench.Generation;

/// <summary>
/// Clauses that apply only to some schools. <c>{{ if }}</c>, <c>{{ else }}</c> and <c>{{ end }}</c> stand on lines of
/// their own, which the source format removes without leaving a blank line, so the clauses stay in one list.
/// </summary>
internal sealed class ConditionalWriter(ClauseWriter clauses, StringBuilder text)
{
    public void WriteFor(int section, string sectionId)
    {
        switch (section)
        {
            case 2:
                text.Line("{{ if settings.mfa_required }}")
                    .Line($"1. Multi-factor authentication is switched on for every staff account, and each new sign-in is confirmed with an authenticator app. {{#{sectionId}-mfa}}")
                    .Line("{{ else }}")
                    .Line($"1. Multi-factor authentication is required when staff sign in from outside school and for every account with administrator rights. {{#{sectionId}-mfa-remote}}")
                    .Line("{{ end }}");
                break;
            case 3:
                text.Line("{{ if settings.cashless_catering }}");
                clauses.Write($"{sectionId}-catering");
                text.Line($"1. Fingerprint templates used for cashless catering are **biometric data**, used only with a parent's written consent. {{#{sectionId}-biometrics}}")
                    .Line("{{ end }}");
                break;
            case 4:
                text.Line("{{ if school.is_federation }}")
                    .Line($"1. Visitors to each of our schools ({{{{ for site in school.sites }}}}{{{{ site.name }}}}{{{{ if !for.last }}}} and {{{{ end }}}}{{{{ end }}}}) sign in at reception and wear a visitor badge. {{#{sectionId}-visitors-federation}}")
                    .Line("{{ else }}")
                    .Line($"1. Visitors to {{{{ school.name }}}} sign in at reception and wear a visitor badge. {{#{sectionId}-visitors}}")
                    .Line("{{ end }}");
                break;
            default:
                break;
        }
    }
}
