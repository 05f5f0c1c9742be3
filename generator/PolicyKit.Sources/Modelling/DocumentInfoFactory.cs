using PolicyKit.Model.Document;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Sources.Modelling;

/// <summary>The metadata around a policy's body for one school: title block, metadata table, history, signatures.</summary>
internal static class DocumentInfoFactory
{
    public static DocumentInfo Create(SourceSet sources, SchoolSource school, PolicySource policy, ImageAsset? logo, string inputHash, bool showProposed = false)
    {
        // Documents show the version in force: a later draft or proposed version is neither numbered nor listed.
        var versions = PolicyVersions.For(sources, school, policy);
        var current = versions.Current;
        if (versions.Shown(showProposed) is { Status: VersionStatus.Proposed } proposed)
        {
            return WithProposed(Create(sources, school, policy, logo, inputHash), sources, school, policy, proposed, versions);
        }

        var inForce = versions.InForce;
        return new DocumentInfo
        {
            PolicyId = policy.Id,
            Title = policy.Title,
            Status = policy.Statutory ? "Statutory" : "Non-statutory",
            WrittenBy = WrittenBy(policy),
            Owner = Owner(sources, school, policy),
            ApprovedBy = ApprovedBy(sources, school, policy),
            Version = versions.VersionInForce,
            VersionLabel = current?.Entry.Label,
            DateRatified = inForce?.Date,
            RatifiedBy = inForce?.BodyName,
            MinuteRef = inForce?.MinuteRef,
            DateImplemented = current?.Entry.Implemented,
            NextReview = versions.NextReview ?? DateOnly.MinValue,
            NextReviewMonthOnly = versions.NextReviewMonthOnly,
            ReviewCycle = policy.ReviewCycle,
            History = versions.Versions
                .Where(v => v.Status is VersionStatus.Ratified or VersionStatus.Superseded)
                // A row keeps the trust's date where the history gives one, as it always has; a version only this
                // school has ratified shows the school's date.
                .Select(v => HistoryEntry(v.Entry, v.Entry.Ratified ?? v.Ratification?.Date))
                .ToList(),
            Organisation = new Organisation(school.Name, school.Motto, logo, school.Sites),
            Signatories = Signatories(sources, school, policy, inForce),
            Branding = sources.BrandingFor(school),
            NumberingScheme = policy.Numbering ?? school.Numbering ?? sources.Trust.Numbering,
            PolicyNumber = policy.PolicyNumber,
            AcceptedBy = policy.Acceptance is { RequiredFrom.Count: > 0 } a ? JoinWords(a.RequiredFrom) : null,
            InputHash = inputHash,
        };
    }

    /// <summary>
    /// A proposed version as itself, to send to the body that ratifies it: its number and a notice that it is not in
    /// force, with neither a ratification date nor signatures, since no one has ratified or signed it yet.
    /// </summary>
    private static DocumentInfo WithProposed(DocumentInfo inForce, SourceSet sources, SchoolSource school, PolicySource policy, PolicyVersion proposed, PolicyVersions versions)
    {
        var body = RatifyingBodies.NameOf(policy.ApprovedBy, sources, school);
        var entry = proposed.Entry;
        return inForce with
        {
            Version = proposed.Version,
            VersionLabel = entry.Label,
            DateRatified = null,
            RatifiedBy = null,
            MinuteRef = null,
            DateImplemented = null,
            History = [.. inForce.History, HistoryEntry(entry, null) with { DateImplemented = null, ImplementedMonthOnly = false }],
            Signatories = [],
            ProposedNotice = $"Proposed version {proposed.Version}, awaiting ratification by the {body}. It is not in force: version {versions.Current?.Version ?? "none"} applies until it is ratified.",
        };
    }

    private static ReviewHistoryEntry HistoryEntry(VersionEntry entry, DateOnly? ratified) =>
        new(entry.Version, entry.Date, entry.By, entry.Changes, ratified, entry.Implemented)
        {
            Label = entry.Label,
            DateMonthOnly = entry.DateMonthOnly,
            ImplementedMonthOnly = entry.ImplementedMonthOnly,
        };

    // Without 'written-by' the metadata table leaves the row out, unless 'source' still has something to say.
    private static string? WrittenBy(PolicySource policy) => (policy.WrittenBy, policy.Source) switch
    {
        (null, null) => null,
        (null, { } source) => $"Adapted from {source}",
        ({ } by, null) => by,
        ({ } by, { } source) => $"{by} (adapted from {source})",
    };

    private static string Owner(SourceSet sources, SchoolSource school, PolicySource policy)
    {
        if (policy.OwnerRole is null)
        {
            return "Not assigned";
        }

        return sources.RolesFor(school).TryGetValue(policy.OwnerRole, out var holder)
            ? holder.TitleAndName
            : KeyNames.ToWords(policy.OwnerRole);
    }

    private static string ApprovedBy(SourceSet sources, SchoolSource school, PolicySource policy) => policy.ApprovedBy switch
    {
        "governing-body" => school.GoverningBody,
        "trust-board" => $"{sources.Trust.Name} board of trustees",
        var text => text,
    };

    /// <summary>
    /// The headteacher and the chair of the body that ratified the version in force, dated as ratified; the chair is
    /// the one the ratification records, else the body's chair as the sources name them.
    /// </summary>
    private static List<Signatory> Signatories(SourceSet sources, SchoolSource school, PolicySource policy, Ratification? ratification)
    {
        var signatories = new List<Signatory>();
        if (school.Headteacher is not null)
        {
            signatories.Add(new Signatory(school.HeadteacherTitle, school.Headteacher, ratification?.Date));
        }

        if (Chair(sources, school, policy, ratification) is { } chair)
        {
            signatories.Add(chair);
        }

        return signatories;
    }

    /// <summary>
    /// The chair of the body that ratified the version in force, dated as ratified: the one the ratification records,
    /// else the body's chair as the sources name them; null when there is none. A layout's <c>chair</c> signatory too.
    /// </summary>
    internal static Signatory? Chair(SourceSet sources, SchoolSource school, PolicySource policy, Ratification? ratification)
    {
        var contacts = RatificationContacts.For(sources, ratification?.Body ?? policy.ApprovedBy, school);
        if ((ratification?.Chair ?? contacts.Chair?.Name) is not { } chair)
        {
            return null;
        }

        // A chair's post with no named holder signs under its role alone, rather than print the title twice.
        var named = ratification?.Chair is not null || contacts.Chair!.HasName;
        return new Signatory(contacts.ChairRole, named ? chair : string.Empty, ratification?.Date);
    }

    private static string JoinWords(IReadOnlyList<string> words)
    {
        var cased = words.Select((w, i) => i == 0 ? KeyNames.ToWords(w) : w.Replace('-', ' ')).ToList();
        return cased.Count == 1 ? cased[0] : $"{string.Join(", ", cased.Take(cased.Count - 1))} and {cased[^1]}";
    }
}
