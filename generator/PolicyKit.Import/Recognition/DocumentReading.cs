using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>The state of one recognition: the document, what has been read from it so far, and the warnings.</summary>
internal sealed class DocumentReading
{
    public DocumentReading(ImportedDocument document, ImportContext context)
    {
        Document = document;
        Context = context;
        Inline = new InlineMarkdown(context.Names);
        Ids = new ClauseIds(document.Blocks.OfType<ImportedParagraph>().SelectMany(p => p.Bookmarks).Select(ClauseIds.FromBookmark).OfType<string>());
    }

    public ImportedDocument Document { get; }

    public ImportContext Context { get; }

    public InlineMarkdown Inline { get; }

    public ClauseIds Ids { get; }

    public BodyBuilder Body { get; } = new();

    public MetadataFields Metadata { get; } = new();

    public List<IReadOnlyList<KeyValuePair<string, object>>> History { get; } = [];

    /// <summary>Every warning, in the document's order; a <see cref="KeptNode"/>'s is here too.</summary>
    public List<ImportWarning> Warnings { get; } = [];

    /// <summary>The numbers of level-1 sections as the document printed them ("7.1", "2."), for a policy number.</summary>
    public List<string> SectionLabels { get; } = [];

    public bool AnyHeadingNumbered { get; set; }

    public int SectionCount { get; set; }

    public void Keep(string markdown, ImportWarning warning)
    {
        Body.Block(new KeptNode(markdown, warning));
        Warnings.Add(warning);
    }

    /// <summary>Reads a table of details or of versions; false when it is neither.</summary>
    public bool TryDetailsTable(ImportedTable table)
    {
        if (MetadataTable.Matches(table))
        {
            MetadataTable.Read(table, Context, Inline, Metadata);
            Warnings.AddRange(Metadata.Warnings);
            Metadata.Warnings.Clear();
            foreach (var kept in Metadata.Kept)
            {
                Keep(kept.Markdown, kept.Warning);
            }

            Metadata.Kept.Clear();
            return true;
        }

        if (ReviewHistoryTable.Matches(table) && History.Count == 0)
        {
            History.AddRange(ReviewHistoryTable.Read(table, Warnings));
            return true;
        }

        return false;
    }
}
