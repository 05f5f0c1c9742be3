using System.Text;

namespace PolicyKit.Rendering.Html.Writing;

/// <summary>
/// Escapes text for HTML content and quoted attribute values. Everything from a source file passes through here,
/// so a policy can never inject markup, whatever it contains.
/// </summary>
internal static class HtmlText
{
    private const char Replacement = '\uFFFD';

    public static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                // Control characters are not allowed in HTML text; tab, line feed and carriage return are the ones text needs.
                case < ' ' and not ('\t' or '\n' or '\r'): builder.Append(Replacement); break;
                case '\u007F': builder.Append(Replacement); break;
                default: builder.Append(c); break;
            }
        }
    }
}
