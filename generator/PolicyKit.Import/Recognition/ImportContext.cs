namespace PolicyKit.Import.Recognition;

/// <summary>What the recogniser needs to know besides the document: the policy's id and the names to turn into template fields.</summary>
/// <param name="PolicyId">The id the policy is imported as (<c>--as</c>).</param>
/// <param name="Names">Texts to replace by template fields, such as ("Millbrook School", "school.name"); longest first.</param>
/// <param name="Roles">
/// The roles the trust and school name, to recognise a policy's owner by; null when not known, and then an owner
/// printed as PolicyKit prints one ("Director of Operations (Priya Shah)") or a common title is taken as the role.
/// </param>
internal sealed record ImportContext(string PolicyId, IReadOnlyList<NameField> Names, IReadOnlyList<RoleName>? Roles = null);

/// <summary>A name the document spells out that the source writes as a field: <c>{{ Expression }}</c> wherever <see cref="Text"/> appears as whole words.</summary>
internal sealed record NameField(string Text, string Expression);

/// <summary>A role a policy may be owned by: its key in trust.yaml or school.yaml, its title, and its holder's name if any.</summary>
internal sealed record RoleName(string Key, string Title, string? Name);
