using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;

namespace PolicyKit.Rendering.Html.Body;

/// <summary>How the items of one list are written, by the same rules as the Word document's list layout.</summary>
internal enum ListLayout
{
    /// <summary>An ordered list showing each clause's number.</summary>
    NumberedClauses,

    /// <summary>No list at all: each clause is a plain paragraph (top-level clauses in the unnumbered scheme).</summary>
    Paragraphs,

    /// <summary>A bulleted list (bullets in every scheme, sub-clauses in the unnumbered scheme).</summary>
    Bullets,
}

internal static class ListLayouts
{
    public static ListLayout For(ListBlock list, NumberingScheme scheme, BlockScope scope)
    {
        if (list.Kind == ListKind.Bullets)
        {
            return ListLayout.Bullets;
        }

        if (scheme == NumberingScheme.Unnumbered)
        {
            return scope.ClauseDepth == 0 ? ListLayout.Paragraphs : ListLayout.Bullets;
        }

        return ListLayout.NumberedClauses;
    }
}
