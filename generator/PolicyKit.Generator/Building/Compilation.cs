using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>A trust's sources loaded, checked and turned into document models, ready to render.</summary>
internal sealed record Compilation(SourceSet Sources, IReadOnlyList<CompiledDocument> Documents);
