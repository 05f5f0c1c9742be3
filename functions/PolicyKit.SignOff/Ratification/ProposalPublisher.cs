using System.Text;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.SignOff.Ratification;

/// <summary>
/// Uploads proposed versions for governors to approve: each school's (or, for a trust-board policy, the trust's)
/// proposed documents and redline, stored create-only under their SHA-256, and a proposal record naming them. Every
/// file must still hash to what the build recorded. Uploading the same proposal again uploads nothing; a changed
/// proposal of the same version is accepted only while no request for it is with the chair or approved (one returned
/// with comments can be revised and sent again under the same version number).
/// </summary>
public sealed class ProposalPublisher
{
    private readonly SignOffStore _store;
    private readonly ImmutableRecords _records;
    private readonly TimeProvider _time;

    internal ProposalPublisher(SignOffStore store, TimeProvider time)
    {
        _store = store;
        _records = new ImmutableRecords(store);
        _time = time;
    }

    /// <summary>A publisher for the container <paramref name="storage"/> names.</summary>
    /// <exception cref="SignOffException">The connection string is not valid.</exception>
    public static ProposalPublisher Connect(StorageOptions storage, TimeProvider time) => new(SignOffStore.Connect(storage), time);

    /// <summary>Uploads each school's proposal (or the trust's); a problem with one school's leaves the others alone.</summary>
    public async Task<ProposalReport> PublishAsync(ProposalRequest request, CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var source = request.SourcePath ?? request.Policy;
        if (request.TrustWide && request.Documents.Count != 1)
        {
            return new ProposalReport([new ProposalUpload(ProposalScopes.Trust, false,
                $"{source}: a trust-board proposal has one set of documents, the trust's own; {request.Documents.Count} were given.")]);
        }

        var results = new List<ProposalUpload>();
        foreach (var document in request.Documents)
        {
            results.Add(await PublishOneAsync(request, document, source, cancellationToken).ConfigureAwait(false));
        }

        return new ProposalReport(results);
    }

    private async Task<ProposalUpload> PublishOneAsync(ProposalRequest request, ProposalDocument document, string source, CancellationToken cancellationToken)
    {
        var scope = request.TrustWide ? ProposalScopes.Trust : document.School;
        ProposalUpload Refused(string problem) => new(scope, false, problem);
        if (!IsSlug(request.Policy) || !IsSlug(scope) || string.IsNullOrWhiteSpace(request.Version) || !request.Version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            return Refused($"{source}: '{request.Policy}' version '{request.Version}' for '{scope}' cannot be stored: ids are letters, digits and '-', versions letters, digits and dots.");
        }

        var files = document.Files.ByRole().ToList();
        if (document.Files.RedlineHtml is null && document.Files.ProposedHtml is null)
        {
            return Refused($"{source}: the proposal of version {request.Version} for {document.SchoolName} has no web page to show the chair: build the redline (or, for a first version, the policy) as HTML.");
        }

        // Read every file first, so a proposal with one file changed since the build uploads none of them.
        var contents = new List<(string Role, CandidateFile File, BinaryData Content)>();
        foreach (var (role, file) in files)
        {
            var content = await ReadBuiltAsync(file, cancellationToken).ConfigureAwait(false);
            if (content is null || Hashing.Sha256Hex(content) != file.Sha256)
            {
                return Refused($"{file.Path}: the file changed after the build made it, so the proposal of version {request.Version} for {document.SchoolName} was not uploaded. Build it again and upload again.");
            }

            contents.Add((role, file, content));
        }

        var proposal = new StoredProposal
        {
            Policy = request.Policy,
            Title = request.Title,
            Version = request.Version,
            FromVersion = request.FromVersion,
            Body = request.Body,
            BodyName = document.BodyName,
            Scope = scope,
            SchoolName = document.SchoolName,
            TrustWide = request.TrustWide,
            Changes = request.Changes,
            Material = request.Material,
            MaterialClauses = request.MaterialClauses,
            Chair = request.TrustWide ? request.Chair : document.Chair,
            Clerk = request.TrustWide ? request.Clerk : document.Clerk,
            Files = contents.Select(c => new ProposalFileRecord(c.Role, c.File.Name, BlobNames.ProposalFile(request.Policy, request.Version, scope, c.File.Sha256, c.File.Name), c.File.Sha256, c.Content.ToMemory().Length)).ToList(),
            Revision = "",
            UploadedUtc = _time.GetUtcNow(),
        };
        proposal = proposal with { Revision = Revision(proposal) };

        var name = BlobNames.Proposal(request.Policy, request.Version, scope);
        var existing = await _store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        var previous = existing is null ? null : RecordJson.Deserialize<StoredProposal>(existing.Content, name);
        if (previous?.Revision == proposal.Revision)
        {
            return new ProposalUpload(scope, false, null);
        }

        if (previous is not null && await BlockingRequestAsync(previous, cancellationToken).ConfigureAwait(false) is { } blocking)
        {
            return Refused($"{source}: version {request.Version} of '{request.Title}' for {document.SchoolName} {blocking}, so it cannot change. Add a new entry to version-history (e.g. the next version number) and propose that.");
        }

        foreach (var (role, file, content) in contents)
        {
            // Stored under its own hash: an existing blob at this name is this very file, from an earlier upload.
            await _store.TryCreateAsync(BlobNames.ProposalFile(request.Policy, request.Version, scope, file.Sha256, file.Name), content, ProposalFileRoles.ContentType(role),
                new Dictionary<string, string> { ["sha256"] = file.Sha256 }, cancellationToken).ConfigureAwait(false);
        }

        // The record is written last, so a reader never sees a proposal whose files are not all there.
        if (await _store.TryReplaceAsync(name, RecordJson.Serialize(proposal), RecordJson.ContentType, existing?.ETag, cancellationToken).ConfigureAwait(false) is null)
        {
            return Refused($"{source}: the proposal for {document.SchoolName} was being uploaded by someone else at the same time; upload it again.");
        }

        return new ProposalUpload(scope, true, null);
    }

    /// <returns>Why the stored proposal may not change ("is with the chair", "was approved"), or null when it may.</returns>
    private async Task<string?> BlockingRequestAsync(StoredProposal stored, CancellationToken cancellationToken)
    {
        foreach (var request in await RatificationRecords.ForAsync(_store, _records, stored.Policy, stored.Version, stored.Scope, cancellationToken).ConfigureAwait(false))
        {
            var decision = await RatificationRecords.DecisionAsync(_store, _records, null, request, cancellationToken).ConfigureAwait(false);
            if (decision is null)
            {
                return $"was sent to {request.Chair.Name} on {Mail.UkTime.Date(request.SentUtc)} and is waiting for their decision";
            }

            if (decision.Kind == DecisionRecord.SignedKind)
            {
                return $"was approved by {decision.TypedName} on {Mail.UkTime.Date(decision.AtUtc)}";
            }
        }

        return null;
    }

    /// <summary>A hash over what the chair would be shown and asked, so any change makes a new revision.</summary>
    private static string Revision(StoredProposal proposal)
    {
        var text = new StringBuilder();
        foreach (var part in new[] { proposal.Policy, proposal.Title, proposal.Version, proposal.FromVersion, proposal.Body, proposal.BodyName, proposal.Scope, proposal.SchoolName,
                     proposal.TrustWide ? "trust" : "school", proposal.Changes, proposal.Material ? "material" : "minor", string.Join(',', proposal.MaterialClauses),
                     proposal.Chair?.Name, proposal.Chair?.Email, proposal.Clerk?.Name, proposal.Clerk?.Email })
        {
            text.Append(part ?? "\u2400").Append('\u241E');
        }

        foreach (var file in proposal.Files.OrderBy(f => f.Role, StringComparer.Ordinal))
        {
            text.Append(file.Role).Append('=').Append(file.Name).Append(':').Append(file.Sha256).Append('\u241E');
        }

        return Hashing.Sha256Hex(text.ToString())[..16];
    }

    private static bool IsSlug(string id) => Rounds.RoundIds.IsWellFormed(id);

    private static async Task<BinaryData?> ReadBuiltAsync(CandidateFile file, CancellationToken cancellationToken)
    {
        try
        {
            return BinaryData.FromBytes(await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
