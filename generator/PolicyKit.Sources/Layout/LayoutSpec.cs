using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Layout;

namespace PolicyKit.Sources.Layout;

/// <summary>
/// A <c>layout:</c> as one file writes it, before the files are merged: each key the file leaves out is null, so the
/// one before it (trust → school → policy) decides it.
/// </summary>
internal sealed record LayoutSpec
{
    /// <summary>The named layout (under trust.yaml's <c>layouts:</c>) this one starts from, or null.</summary>
    public NamedLayoutReference? BasedOn { get; init; }

    public IReadOnlyList<TitlePageItem>? TitlePage { get; init; }

    /// <summary>The rows; an empty list means no table.</summary>
    public IReadOnlyList<MetadataRowSpec>? Metadata { get; init; }

    public Templating.PolicyTemplate? BeforeContents { get; init; }

    public int? ContentsDepth { get; init; }

    public ChangeLogSpec? ChangeLog { get; init; }

    /// <summary>Who signs; an empty list means no signature block.</summary>
    public IReadOnlyList<SignatorySpec>? Signatories { get; init; }

    public DateFormat? DateFormat { get; init; }

    public TableWidths? TableWidths { get; init; }

    public bool? BodyOnNewPage { get; init; }

    /// <summary>This layout with every key that <paramref name="later"/> gives taken from it.</summary>
    public LayoutSpec OverriddenBy(LayoutSpec later) => new()
    {
        TitlePage = later.TitlePage ?? TitlePage,
        Metadata = later.Metadata ?? Metadata,
        BeforeContents = later.BeforeContents ?? BeforeContents,
        ContentsDepth = later.ContentsDepth ?? ContentsDepth,
        ChangeLog = later.ChangeLog ?? ChangeLog,
        Signatories = later.Signatories ?? Signatories,
        DateFormat = later.DateFormat ?? DateFormat,
        TableWidths = later.TableWidths ?? TableWidths,
        BodyOnNewPage = later.BodyOnNewPage ?? BodyOnNewPage,
    };
}

/// <summary><c>layout: handbook</c>: the name of a layout under trust.yaml's <c>layouts:</c>, and where it is written.</summary>
internal sealed record NamedLayoutReference(string Name, SourceSpan Span);
