using PolicyKit.Model.Blocks;
using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx.Lists;
using PolicyKit.Rendering.Docx.Reference;

namespace PolicyKit.Rendering.Docx.Body;

/// <summary>How the items of one list are written: which list instance and level number them (none for plain paragraphs).</summary>
internal sealed record ListLayout(int? NumId, int Level, string Style, int TextIndent)
{
    public static ListLayout For(ListBlock list, BlockScope scope, NumberingPlan plan)
    {
        var nested = Math.Min(scope.ListLevel + 1, NumberingPlan.MaxLevel);
        if (list.Kind == ListKind.Bullets)
        {
            return Bulleted(plan, nested);
        }

        if (plan.Scheme == NumberingScheme.Unnumbered)
        {
            // Unnumbered: top-level clauses are plain body paragraphs, sub-clauses bullets.
            return scope.ClauseDepth == 0
                ? new ListLayout(null, scope.ListLevel, StyleIds.BodyText, scope.Indent)
                : Bulleted(plan, nested);
        }

        var level = scope.ListLevel >= 0 ? nested : plan.TopClauseLevel;
        return new ListLayout(NumberingDefinitions.SchemeNumId, level, StyleIds.ListParagraph, NumberingDefinitions.TextIndent(plan.Scheme, false, level));
    }

    private static ListLayout Bulleted(NumberingPlan plan, int level) =>
        new(plan.NewBulletList(), level, StyleIds.ListParagraph, NumberingDefinitions.TextIndent(plan.Scheme, true, level));
}
