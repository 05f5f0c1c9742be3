using PolicyKit.Model.Blocks;
using PolicyKit.Model.Revisions;
using PolicyKit.Rendering.Html.Body;

namespace PolicyKit.Rendering.Html.Redline;

/// <summary>Wraps what is written for an inserted, deleted or moved block (or clause) in its ins or del.</summary>
internal static class ChangedBlock
{
    public static void Open(Node node, RevisionMark mark, HtmlRenderContext context)
    {
        var label = mark.Kind switch
        {
            RevisionKind.Inserted => "inserted:",
            RevisionKind.Deleted => "deleted:",
            RevisionKind.MovedFrom => $"Moved to {context.Redline?.Move(mark.MoveName!).To ?? "a new place"}:",
            _ => $"Moved here from {context.Redline?.Move(mark.MoveName!).From ?? "another place"}:",
        };
        RevisionTags.Open(context.Html, mark, "change-block", context.Redline?.ChangeId(node), label, visibleLabel: mark.MoveName is not null);
    }

    public static void Close(RevisionMark mark, HtmlRenderContext context) => RevisionTags.Close(context.Html, mark);
}
