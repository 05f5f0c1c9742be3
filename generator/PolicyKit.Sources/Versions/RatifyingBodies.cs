using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Versions;

/// <summary>The bodies that may ratify a policy, by the key written in <c>ratified-by</c> and <c>approved-by</c>.</summary>
internal static class RatifyingBodies
{
    public const string GoverningBody = "governing-body";
    public const string TrustBoard = "trust-board";

    /// <summary>Every key a trust-wide version entry may name: the two standing bodies and the trust's committees.</summary>
    public static IEnumerable<string> ForTrust(TrustSource trust) => [GoverningBody, TrustBoard, .. trust.Committees.Keys];

    /// <summary>Every key a school's override may name: the trust's and the school's own committees too.</summary>
    public static IEnumerable<string> ForSchool(TrustSource trust, SchoolSource school) => ForTrust(trust).Concat(school.Committees.Keys).Distinct();

    /// <summary>A body as people read it; text that is not a known key (an old <c>approved-by</c>) is shown as written.</summary>
    public static string NameOf(string body, SourceSet sources, SchoolSource school) => body switch
    {
        GoverningBody => school.GoverningBody,
        TrustBoard => $"{sources.Trust.Name} board of trustees",
        _ => school.Committees.GetValueOrDefault(body) ?? sources.Trust.Committees.GetValueOrDefault(body) ?? body,
    };
}
