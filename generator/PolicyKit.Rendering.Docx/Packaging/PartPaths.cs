namespace PolicyKit.Rendering.Docx.Packaging;

/// <summary>Relationship targets relative to the source part's folder, the form Word itself writes.</summary>
internal static class PartPaths
{
    public static string Relative(string fromPart, string toPart)
    {
        var from = fromPart.Split('/')[..^1];
        var to = toPart.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }
}
