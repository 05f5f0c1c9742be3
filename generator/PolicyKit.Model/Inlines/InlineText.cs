using System.Text;
using PolicyKit.Model.Blocks;

namespace PolicyKit.Model.Inlines;

/// <summary>Plain text of inline content, for tests, document properties and text extraction.</summary>
public static class InlineText
{
    public static string Flatten(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines.Descendants())
        {
            switch (inline)
            {
                case TextRun t: builder.Append(t.Text); break;
                case Code c: builder.Append(c.Text); break;
                case LineBreak: builder.Append(' '); break;
                case Strong or Emphasis or Link or TrackedChange: break; // their text is in the inlines inside them, which the walk yields next
                default: throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}.");
            }
        }

        return builder.ToString();
    }
}
