using PolicyKit.Sources.Templating;

namespace PolicyKit.Sources.Layout;

/// <summary>A <c>metadata:</c> row: its label, and the template of its value.</summary>
/// <param name="DateField">The <c>policy</c> date the value prints when it is that one date alone ("{{ policy.next_review }}"), else null.</param>
internal sealed record MetadataRowSpec(string Label, PolicyTemplate Value, string? DateField);
