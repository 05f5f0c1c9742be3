using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Versions;

/// <summary>
/// Who to ask to approve a policy at a school, and who to tell: the chair and the clerk of the body that ratifies it.
/// A school's governing body has the school's <c>chair-of-governors</c> and <c>clerk-to-governors</c> (the trust's
/// clerk when the school names none); the trust board has trust.yaml's <c>chair-of-trustees</c> and
/// <c>clerk-to-trustees</c> (else the trust's <c>clerk-to-governors</c>). A committee is chaired and clerked as the
/// body it belongs to: a school's committee as its governing body, a trust committee as the trust board.
/// </summary>
/// <param name="Body">The body's key: governing-body, trust-board or a committee's key (or an old <c>approved-by</c>'s text).</param>
/// <param name="BodyName">The body as people read it ("Local governing body").</param>
/// <param name="ChairRole">The chair's role as a signature block or an email names it ("Chair of governors").</param>
/// <param name="Chair">The chair, with an email when the sources give one; null when they name no chair.</param>
/// <param name="Clerk">The clerk, with an email when the sources give one; null when they name no clerk.</param>
/// <param name="TrustWide">True when the body is the trust's (the trust board or one of its committees): it ratifies once for every school.</param>
public sealed record RatificationContacts(string Body, string BodyName, string ChairRole, RoleHolder? Chair, RoleHolder? Clerk, bool TrustWide = false)
{
    /// <summary>The chair and clerk of the body that ratifies <paramref name="policy"/> at <paramref name="school"/> (its <c>approved-by</c>).</summary>
    public static RatificationContacts For(SourceSet sources, PolicySource policy, SchoolSource school) => For(sources, policy.ApprovedBy, school);

    /// <summary>The chair and clerk of <paramref name="body"/> (governing-body, trust-board or a committee's key) for <paramref name="school"/>.</summary>
    public static RatificationContacts For(SourceSet sources, string body, SchoolSource school)
    {
        var name = RatifyingBodies.NameOf(body, sources, school);
        var trustSide = body == RatifyingBodies.TrustBoard || (!school.Committees.ContainsKey(body) && sources.Trust.Committees.ContainsKey(body));
        var chairRole = body switch
        {
            RatifyingBodies.TrustBoard => "Chair of trustees",
            _ when school.Committees.ContainsKey(body) || sources.Trust.Committees.ContainsKey(body) => $"Chair, {name}",
            _ => "Chair of governors",
        };
        return trustSide
            ? new RatificationContacts(body, name, chairRole, TrustRole(sources, RatificationRoles.ChairOfTrustees), TrustRole(sources, RatificationRoles.ClerkToTrustees) ?? TrustRole(sources, RatificationRoles.ClerkToGovernors), TrustWide: true)
            : new RatificationContacts(body, name, chairRole, SchoolChair(school), sources.RolesFor(school).GetValueOrDefault(RatificationRoles.ClerkToGovernors));
    }

    private static RoleHolder? TrustRole(SourceSet sources, string key) => sources.Trust.Roles.GetValueOrDefault(key);

    private static RoleHolder? SchoolChair(SchoolSource school) =>
        school.Roles.GetValueOrDefault(RatificationRoles.ChairOfGovernors)
        ?? (school.ChairOfGovernors is { } chair ? new RoleHolder(RatificationRoles.ChairOfGovernors, chair, "Chair of governors", null, null, new Model.Diagnostics.SourceSpan(school.Path, 1, 1)) : null);
}
