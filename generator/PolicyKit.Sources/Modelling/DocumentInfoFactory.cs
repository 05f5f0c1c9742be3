using PolicyKit.Model.Document;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;

namespace PolicyKit.Sources.Modelling;

/// <summary>The metadata around a policy's body for one school: title block, metadata table, history, signatures.</summary>
internal static class DocumentInfoFactory
{
    public static DocumentInfo Create(SourceSet sources, SchoolSource school, PolicySource policy, OverrideSource? schoolOverride, ImageAsset? logo, string inputHash)
    {
        var current = policy.Current;
        var ratified = schoolOverride?.Ratified ?? current?.Ratified;
        return new DocumentInfo
        {
            PolicyId = policy.Id,
            Title = policy.Title,
            Status = policy.Statutory ? "Statutory" : "Non-statutory",
            WrittenBy = policy.Source is null ? policy.WrittenBy : $"{policy.WrittenBy} (adapted from {policy.Source})",
            Owner = Owner(sources, school, policy),
            ApprovedBy = ApprovedBy(sources, school, policy),
            Version = current?.Version ?? "draft",
            DateRatified = ratified,
            DateImplemented = current?.Implemented,
            NextReview = schoolOverride?.NextReview ?? policy.NextReview ?? DateOnly.MinValue,
            ReviewCycle = policy.ReviewCycle,
            History = policy.History.Select(h => new ReviewHistoryEntry(h.Version, h.Date, h.By, h.Changes, h.Ratified, h.Implemented)).ToList(),
            Organisation = new Organisation(school.Name, school.Motto, logo, school.Sites),
            Signatories = Signatories(school, ratified),
            Branding = sources.BrandingFor(school),
            NumberingScheme = school.Numbering ?? sources.Trust.Numbering,
            AcceptedBy = policy.Acceptance is { RequiredFrom.Count: > 0 } a ? JoinWords(a.RequiredFrom) : null,
            InputHash = inputHash,
        };
    }

    private static string Owner(SourceSet sources, SchoolSource school, PolicySource policy)
    {
        if (policy.OwnerRole is null)
        {
            return "Not assigned";
        }

        return sources.RolesFor(school).TryGetValue(policy.OwnerRole, out var holder)
            ? $"{holder.Title} ({holder.Name})"
            : KeyNames.ToWords(policy.OwnerRole);
    }

    private static string ApprovedBy(SourceSet sources, SchoolSource school, PolicySource policy) => policy.ApprovedBy switch
    {
        "governing-body" => school.GoverningBody,
        "trust-board" => $"{sources.Trust.Name} board of trustees",
        var text => text,
    };

    private static List<Signatory> Signatories(SchoolSource school, DateOnly? ratified)
    {
        var signatories = new List<Signatory>();
        if (school.Headteacher is not null)
        {
            signatories.Add(new Signatory(school.HeadteacherTitle, school.Headteacher, ratified));
        }

        if (school.ChairOfGovernors is not null)
        {
            signatories.Add(new Signatory("Chair of governors", school.ChairOfGovernors, ratified));
        }

        return signatories;
    }

    private static string JoinWords(IReadOnlyList<string> words)
    {
        var cased = words.Select((w, i) => i == 0 ? KeyNames.ToWords(w) : w.Replace('-', ' ')).ToList();
        return cased.Count == 1 ? cased[0] : $"{string.Join(", ", cased.Take(cased.Count - 1))} and {cased[^1]}";
    }
}
