using PolicyKit.Generator.Building;
using PolicyKit.Generator.History;
using PolicyKit.Generator.Redlining;
using PolicyKit.Model.Diagnostics;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Ratification;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Cli.Ratifications;

/// <summary>
/// Turns a proposed version into what the service sends to governors: each school's documents of the proposal,
/// built as itself, and a redline from the version in force there (read from the policy's git history), with the
/// chair and clerk of the body that ratifies it. The service never sees the sources; the generator never sees storage.
/// </summary>
internal static class ProposalRequests
{
    /// <summary>The newest history entry, when it is a proposal not yet ratified: the wording the file holds now.</summary>
    public static VersionEntry? ProposedEntry(PolicySource policy) =>
        policy.History is [.., { Status: VersionStatus.Proposed, Ratified: null } entry] ? entry : null;

    /// <summary>Builds the redlines for <paramref name="build"/>'s documents and assembles the request; null when a redline could not be made (the reasons are in <paramref name="diagnostics"/>).</summary>
    public static ProposalRequest? From(BuildResult build, string outputRoot, DateOnly today, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var session = build.Session!;
        var sources = session.Sources;
        var policy = build.Documents[0].Policy;
        var entry = ProposedEntry(policy)!;
        var body = entry.RatifiedBy ?? policy.ApprovedBy;
        var checkouts = new Dictionary<string, PolicyCheckout>(StringComparer.Ordinal);
        try
        {
            var documents = new List<ProposalDocument>();
            string? fromVersion = null;
            RatificationContacts? trustContacts = null;
            foreach (var built in build.Documents.OrderBy(d => d.School.Id, StringComparer.Ordinal))
            {
                var school = built.School;
                var inForce = PolicyVersions.For(sources, school, policy).Current?.Version;
                fromVersion ??= inForce;
                var redline = inForce is null ? null : Redline(sources.Root, policy.Id, school.Id, inForce, outputRoot, today, checkouts, diagnostics, cancellationToken);
                if (inForce is not null && redline is null)
                {
                    return null;
                }

                var contacts = RatificationContacts.For(sources, body, school);
                if (contacts.Chair is { HasName: false } post)
                {
                    // The chair approves by name, and the request is addressed to them: a post alone cannot approve.
                    diagnostics.Error(
                        DiagnosticCodes.RoleHolderNeeded,
                        post.Span,
                        $"The {post.Key} role ('{post.Title}') names no one, but the chair of the {contacts.BodyName} approves {policy.Id} {entry.Version} by name: add 'name:' and 'email:' to the role.");
                    return null;
                }

                var files = new ProposalFiles
                {
                    ProposedHtml = Candidate(built.File("html")),
                    ProposedPdf = Candidate(built.File("pdf")),
                    ProposedDocx = Candidate(built.File("docx")),
                    RedlineDocx = redline?.GetValueOrDefault(".docx"),
                    RedlineHtml = redline?.GetValueOrDefault(".html"),
                    RedlineMarkdown = redline?.GetValueOrDefault(".md"),
                };

                if (contacts.TrustWide)
                {
                    // One request for every school: the trust's body reads the first school's copy (the text is the
                    // trust's own; only the branding differs) and approves it once.
                    trustContacts = contacts;
                    documents.Add(new ProposalDocument(ProposalScopes.Trust, sources.Trust.Name, contacts.BodyName, null, null, files));
                    break;
                }

                documents.Add(new ProposalDocument(school.Id, school.Name, contacts.BodyName, Contact(contacts.Chair), Contact(contacts.Clerk), files));
            }

            return new ProposalRequest
            {
                Policy = policy.Id,
                Title = policy.Title,
                Version = entry.Version,
                FromVersion = fromVersion,
                Body = body,
                TrustWide = trustContacts is not null,
                Changes = entry.Changes,
                Material = entry.IsMaterial,
                MaterialClauses = entry.MaterialClauses.Select(c => c.Id).ToList(),
                Documents = documents,
                Chair = trustContacts is null ? null : Contact(trustContacts.Chair),
                Clerk = trustContacts is null ? null : Contact(trustContacts.Clerk),
                SourcePath = policy.Path,
            };
        }
        finally
        {
            foreach (var checkout in checkouts.Values)
            {
                checkout.Dispose();
            }
        }
    }

    /// <returns>The redline's files by extension, or null when it could not be made.</returns>
    private static Dictionary<string, CandidateFile>? Redline(string root, string policyId, string schoolId, string inForce, string outputRoot, DateOnly today, Dictionary<string, PolicyCheckout> checkouts, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (!checkouts.TryGetValue(inForce, out var checkout))
        {
            if (PolicyHistory.Checkout(root, policyId, inForce, diagnostics, cancellationToken) is not { } found)
            {
                return null;
            }

            checkouts[inForce] = checkout = found;
        }

        var result = RedlineRunner.Run(new RedlineOptions(checkout.SourcesRoot, root, policyId, schoolId, today) { OutputRoot = outputRoot }, diagnostics, cancellationToken);
        return result?.WrittenFiles.ToDictionary(
            path => Path.GetExtension(path),
            path => new CandidateFile(path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))),
            StringComparer.OrdinalIgnoreCase);
    }

    private static CandidateFile? Candidate(BuiltFile? file) => file is null ? null : new CandidateFile(file.Path, file.Sha256);

    // A clerk's post with no named holder can still be emailed; its title is not a name.
    private static ProposalContact? Contact(RoleHolder? holder) => holder is null ? null : new ProposalContact(holder.HasName ? holder.Name : null, holder.Email);
}
