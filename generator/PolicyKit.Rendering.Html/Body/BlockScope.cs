namespace PolicyKit.Rendering.Html.Body;

/// <summary>Where a block sits: how many clause lists enclose it (the unnumbered scheme lays clauses out by depth).</summary>
internal readonly record struct BlockScope(int ClauseDepth)
{
    public static BlockScope Root { get; } = new(0);
}
