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
public sealed record VersionChange(bool Material, string? Follows, string Changes, IReadOnlyList<MaterialClause> MaterialClauses);

/// <param name="Id">The clause id in the source (<c>{#mfa}</c>).</param>
/// <param name="Heading">The heading of the section the clause sits under, as a person would name it; null when it has none.</param>
public sealed record MaterialClause(string Id, string? Heading);
