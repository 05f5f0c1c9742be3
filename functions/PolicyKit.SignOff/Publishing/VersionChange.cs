namespace PolicyKit.SignOff.Publishing;

/// <summary>
/// What a published version changes compared with the version in force before it at the school, as the policy's
/// history says. The service never reads sources, so publish records this with the release; it decides whether the
/// people who signed <see cref="Follows"/> are asked to sign again.
/// </summary>
/// <param name="Material">True when the change alters what people agreed to (<c>material: true</c> or material clauses).</param>
/// <param name="Follows">The version in force at the school before this one; null for a policy's first version.</param>
/// <param name="Changes">The history entry's <c>changes:</c> text, as written.</param>
/// <param name="MaterialClauses">The clauses whose change is material, with the heading each sits under.</param>
public sealed record VersionChange(bool Material, string? Follows, string Changes, IReadOnlyList<MaterialClause> MaterialClauses)
{
    /// <summary>
    /// Every version in force at the school before this one, newest first (the first is <see cref="Follows"/>), and
    /// whether each changed what people agreed to. A signature of an older version carries over a minor version but
    /// not a material one, even one that was ratified and never published, so the service asks again whoever last
    /// signed before a material change. Empty in releases published before it was recorded: then only the signers of
    /// <see cref="Follows"/> count.
    /// </summary>
    public IReadOnlyList<EarlierVersion> Earlier { get; init; } = [];
}

/// <summary>A version in force before the one published.</summary>
/// <param name="Material">True when this version's own change was material.</param>
/// <param name="Changes">Its history entry's <c>changes:</c> text, told to people who are asked again because of it.</param>
public sealed record EarlierVersion(string Version, bool Material, string? Changes = null);

/// <param name="Id">The clause id in the source (<c>{#mfa}</c>).</param>
/// <param name="Heading">The heading of the section the clause sits under, as a person would name it; null when it has none.</param>
public sealed record MaterialClause(string Id, string? Heading);
