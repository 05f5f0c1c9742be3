using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>
/// Adds the built-in definition of every style the renderer uses that the reference document lacks, matched by
/// style id, as pandoc does for its reference documents. A style's basedOn/next/link styles come along with it.
/// </summary>
internal static class StyleMerger
{
    public static void AddMissing(Styles styles)
    {
        var defaults = new Styles(DefaultReferenceResources.RootXml("styles.xml"));
        var byId = defaults.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        var present = styles.Elements<Style>()
            .Select(s => s.StyleId?.Value)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        if (styles.DocDefaults is null && defaults.DocDefaults is not null)
        {
            styles.PrependChild(defaults.DocDefaults.CloneNode(true));
        }

        var pending = new Stack<string>(StyleIds.Required.Reverse());
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (present.Contains(id) || !byId.TryGetValue(id, out var style))
            {
                continue;
            }

            styles.Append(style.CloneNode(true));
            present.Add(id);
            foreach (var dependency in new[] { style.BasedOn?.Val?.Value, style.NextParagraphStyle?.Val?.Value, style.LinkedStyle?.Val?.Value })
            {
                if (dependency is not null)
                {
                    pending.Push(dependency);
                }
            }
        }
    }
}
