namespace PolicyKit.Import.Recognition;

/// <summary>What the recogniser needs to know besides the document: the policy's id and the names to turn into template fields.</summary>
/// <param name="PolicyId">The id the policy is imported as (<c>--as</c>).</param>
/// <param name="Names">Texts to replace by template fields, such as ("Millbrook School", "school.name"); longest first.</param>
internal sealed record ImportContext(string PolicyId, IReadOnlyList<NameField> Names);

/// <summary>A name the document spells out that the source writes as a field: <c>{{ Expression }}</c> wherever <see cref="Text"/> appears as whole words.</summary>
internal sealed record NameField(string Text, string Expression);
