using System.Collections.Concurrent;
using PolicyKit.Model.Blocks;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Model.Inlines;
using PolicyKit.Model.Layout;
using PolicyKit.Model.Presentation;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Markdown;
using PolicyKit.Sources.Modelling;
using PolicyKit.Sources.Templating;
using PolicyKit.Sources.Text;
using PolicyKit.Sources.Versions;

namespace PolicyKit.Sources.Layout;

/// <summary>
/// Turns the <c>layout:</c> that applies to a document (trust, then school, then policy, key by key) into the final
/// text of its <see cref="DocumentLayout"/>. Null when no file writes one: the built-in layout then applies, unchanged.
/// Thread-safe: each template's names are checked once per build, whichever document reaches it first.
/// </summary>
internal sealed class LayoutResolver(SourceSet sources, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<PolicyTemplate, Lazy<PolicyTemplate>> _checked = new(ReferenceEqualityComparer.Instance);

    /// <param name="info">The document's fields, after a proposed version's changes, so signatures and history are the ones it prints.</param>
    /// <param name="scope">The body's template scope for this school.</param>
    public ResolvedLayout? Resolve(SchoolSource school, PolicySource policy, DocumentInfo info, TemplateScope scope)
    {
        if (SpecFor(school, policy) is not { } spec)
        {
            return null;
        }

        var versions = PolicyVersions.For(sources, school, policy);
        var dates = spec.DateFormat ?? DateFormat.Long;
        var facts = Facts(school, policy, versions);
        var policyScope = scope.With("policy", LayoutFields.Policy(info, facts, dates));
        var changeLog = ChangeLog(spec.ChangeLog, info, versions, policyScope, dates);
        var layout = new DocumentLayout
        {
            TitlePage = spec.TitlePage is { } parts ? TitlePage(parts, info, policyScope) : BuiltInLayout.TitlePage(info.Organisation, info.Title),
            Metadata = spec.Metadata is { } rows ? Metadata(rows, info, facts, policyScope, dates) : BuiltInRows(info, spec.DateFormat),
            BeforeContents = spec.BeforeContents is { } text ? BeforeContents(text, policyScope) : [],
            ContentsDepth = spec.ContentsDepth ?? 2,
            ChangeLog = changeLog?.Placement is { } placement ? new ChangeLog(changeLog.Title, placement, changeLog.Columns, changeLog.Rows) : null,
            Signatures = Signatures(spec.Signatories, school, policy, versions, info, dates),
            Dates = spec.DateFormat,
            TableWidths = spec.TableWidths ?? TableWidths.Fixed,
            BodyOnNewPage = spec.BodyOnNewPage ?? true,
        };
        return new ResolvedLayout(layout, changeLog is { Placement: null } section ? Section(section) : []);
    }

    /// <summary>The layout written for this document, merged key by key; null when neither trust, school nor policy writes one.</summary>
    public LayoutSpec? SpecFor(SchoolSource school, PolicySource policy)
    {
        LayoutSpec? merged = null;
        foreach (var spec in new[] { sources.Trust.Layout, school.Layout, policy.Layout })
        {
            if (spec is null)
            {
                continue;
            }

            var expanded = spec.BasedOn is { } name && sources.Trust.Layouts.TryGetValue(name.Name, out var named) ? named.OverriddenBy(spec) : spec;
            merged = merged is null ? expanded : merged.OverriddenBy(expanded);
        }

        return merged;
    }

    private PolicyFacts Facts(SchoolSource school, PolicySource policy, PolicyVersions versions)
    {
        var owner = policy.OwnerRole is { } role ? sources.RolesFor(school).GetValueOrDefault(role) : null;
        var current = versions.Current?.Entry;
        return new PolicyFacts(
            owner?.Name,
            owner?.Title ?? (policy.OwnerRole is { } r ? KeyNames.ToWords(r) : null),
            current is null ? null : new LayoutDate(current.Date, current.DateMonthOnly),
            current?.ImplementedMonthOnly ?? false);
    }

    private List<TitleElement> TitlePage(IReadOnlyList<TitlePageItem> parts, DocumentInfo info, TemplateScope scope)
    {
        var elements = new List<TitleElement>();
        foreach (var part in parts)
        {
            var element = part.Part switch
            {
                TitlePagePart.Logo => info.Organisation.Logo is { } logo ? new TitleElement(TitleElementKind.Logo, logo.AltText) : null,
                TitlePagePart.Name => new TitleElement(TitleElementKind.OrganisationName, info.Organisation.Name),
                TitlePagePart.TrustName => new TitleElement(TitleElementKind.OrganisationName, sources.Trust.Name),
                TitlePagePart.Motto => string.IsNullOrWhiteSpace(info.Organisation.Motto) ? null : new TitleElement(TitleElementKind.Motto, info.Organisation.Motto),
                TitlePagePart.Title => new TitleElement(TitleElementKind.Title, info.Title),
                TitlePagePart.Version => new TitleElement(TitleElementKind.Subtitle, info.VersionLabel ?? $"Version {info.Version}"),
                TitlePagePart.Subtitle => Line(TitleElementKind.Subtitle, part.Text!, scope),
                _ => Line(TitleElementKind.Text, part.Text!, scope),
            };
            if (element is not null)
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    private TitleElement? Line(TitleElementKind kind, PolicyTemplate template, TemplateScope scope) =>
        Expand(template, scope) is { Length: > 0 } text ? new TitleElement(kind, text) : null;

    private List<MetadataRow> Metadata(IReadOnlyList<MetadataRowSpec> rows, DocumentInfo info, PolicyFacts facts, TemplateScope scope, DateFormat dates)
    {
        var result = new List<MetadataRow>();
        foreach (var row in rows)
        {
            // A row whose value comes out empty (a date not yet known, a role a school leaves out) is left out.
            if (Expand(row.Value, scope) is not { Length: > 0 } text)
            {
                continue;
            }

            var date = row.DateField is { } field ? LayoutFields.PolicyDate(field, info, facts) : null;
            result.Add(date is { } value ? new MetadataRow(row.Label, text, value.Date, value.MonthOnly) : new MetadataRow(row.Label, text));
        }

        return result;
    }

    /// <summary>The built-in rows; under one date format, their dates are written in it too.</summary>
    private static List<MetadataRow> BuiltInRows(DocumentInfo info, DateFormat? dates) =>
        [.. PolicyMetadata.BuiltInRows(info).Select(row => dates is not null && row.Date is { } date ? row with { Text = LayoutDates.Value(new LayoutDate(date, row.MonthOnly), dates).Text } : row)];

    private List<Paragraph> BeforeContents(PolicyTemplate template, TemplateScope scope)
    {
        if (Render(template, scope) is not { } expanded)
        {
            return [];
        }

        var paragraphs = new List<Paragraph>();
        foreach (var block in MarkdownReader.Read(expanded, diagnostics))
        {
            if (block is Paragraph paragraph)
            {
                paragraphs.Add(paragraph);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.BeforeContentsNotParagraphs, block.Span, $"'before-contents' holds only paragraphs of text, not {What(block)}; put it in the policy's body instead.");
            }
        }

        return paragraphs;
    }

    private ChangeLogTable? ChangeLog(ChangeLogSpec? spec, DocumentInfo info, PolicyVersions versions, TemplateScope scope, DateFormat dates)
    {
        if (spec is { Place: null } || info.History.Count == 0)
        {
            return null;
        }

        var columns = spec?.Columns ?? LayoutFields.ReviewHistoryColumns;
        var rows = new List<IReadOnlyList<LayoutValue>>();
        foreach (var history in info.History)
        {
            var ratification = versions.Versions.FirstOrDefault(v => v.Version == history.Version && history.DateRatified is not null)?.Ratification;
            var entry = new ChangeLogEntry(history.Version, history.ReviewDate, history.By, history.Summary, history.DateRatified, history.DateImplemented, ratification?.BodyName, ratification?.MinuteRef)
            {
                Label = history.Label,
                DateMonthOnly = history.DateMonthOnly,
                ImplementedMonthOnly = history.ImplementedMonthOnly,
            };
            var entryScope = scope.With("entry", LayoutFields.Entry(entry, dates));
            rows.Add([.. columns.Select(column => column.DateField is { } field
                ? LayoutDates.Value(LayoutFields.EntryDate(field, entry), dates)
                : new LayoutValue(Expand(column.Value, entryScope) ?? string.Empty))]);
        }

        var placement = (spec?.Place ?? ChangeLogPlace.End) switch
        {
            ChangeLogPlace.Start => ChangeLogPlacement.Start,
            ChangeLogPlace.End => ChangeLogPlacement.End,
            _ => (ChangeLogPlacement?)null,
        };
        return new ChangeLogTable(spec?.Title ?? BuiltInLayout.ReviewHistoryTitle, placement, [.. columns.Select(c => new ChangeLogColumn(c.Label, c.Weight))], rows, spec?.Span ?? default);
    }

    /// <summary>The change log as the body's last numbered section: a heading and a table, numbered and listed like any other.</summary>
    private static List<Block> Section(ChangeLogTable log) =>
    [
        new Heading { Level = 1, Content = [new TextRun(log.Title)], Span = log.Span },
        new Table
        {
            HeaderRows = [new TableRow([.. log.Columns.Select(c => new TableCell([new TextRun(c.Label)]))])],
            BodyRows = [.. log.Rows.Select(row => new TableRow([.. row.Select(value => new TableCell(value.Text.Length == 0 ? [] : [new TextRun(value.Text)]))]))],
            ColumnAlignments = [.. log.Columns.Select(_ => CellAlignment.Default)],
            Span = log.Span,
        },
    ];

    private SignatureBlock? Signatures(IReadOnlyList<SignatorySpec>? specs, SchoolSource school, PolicySource policy, PolicyVersions versions, DocumentInfo info, DateFormat dates)
    {
        // A proposed version is not yet ratified, so no one signs it.
        if (info.ProposedNotice is not null)
        {
            return null;
        }

        var date = info.DateRatified is { } ratified ? LayoutDates.Value(ratified, dates) : null;
        var entries = specs is null
            ? info.Signatories.Select(s => new SignatureEntry(s.Role, s.Name.Length == 0 ? null : s.Name, date)).ToList()
            : specs.Select(s => Signatory(s, school, policy, versions, info, date)).OfType<SignatureEntry>().ToList();
        return entries.Count == 0 ? null : new SignatureBlock("Signed", PolicyMetadata.RatificationSentence(info, dates), entries);
    }

    private SignatureEntry? Signatory(SignatorySpec spec, SchoolSource school, PolicySource policy, PolicyVersions versions, DocumentInfo info, LayoutValue? date)
    {
        if (spec.Role is not { } role)
        {
            return new SignatureEntry(spec.Label!, spec.Name, date);
        }

        switch (role)
        {
            case SignatorySpec.Headteacher when school.Headteacher is { } head:
                return new SignatureEntry(spec.Label ?? school.HeadteacherTitle, head, date);
            case SignatorySpec.Chair:
                if (DocumentInfoFactory.Chair(sources, school, policy, versions.Current?.Ratification) is { } chair)
                {
                    return new SignatureEntry(spec.Label ?? chair.Role, chair.Name.Length == 0 ? null : chair.Name, date);
                }

                var body = RatificationContacts.For(sources, versions.Current?.Ratification?.Body ?? policy.ApprovedBy, school).BodyName;
                diagnostics.Error(DiagnosticCodes.UnknownSignatory, spec.Span, $"the {body} of {school.Name} has no chair named, so 'chair' cannot sign '{info.Title}'; add 'chair-of-governors:' to its school.yaml (or the chair's role), or choose another signatory.");
                return null;
            case SignatorySpec.Headteacher:
                diagnostics.Error(DiagnosticCodes.UnknownSignatory, spec.Span, $"{school.Name} has no headteacher named, so 'headteacher' cannot sign; add 'headteacher:' to its school.yaml, or choose another signatory.");
                return null;
        }

        var roles = sources.RolesFor(school);
        if (roles.TryGetValue(role, out var holder))
        {
            // A post with no named holder signs under its title with the name line left out.
            return new SignatureEntry(spec.Label ?? holder.Title, holder.HasName ? holder.Name : null, date);
        }

        string[] special = [SignatorySpec.Headteacher, SignatorySpec.Chair];
        diagnostics.Error(DiagnosticCodes.UnknownSignatory, spec.Span, $"signatory role '{role}' is not defined for {school.Name}{Suggestions.Hint(role, roles.Keys.Concat(special))}; add it under 'roles:' in trust.yaml or school.yaml, or use headteacher or chair.");
        return null;
    }

    private string? Expand(PolicyTemplate template, TemplateScope scope) => Render(template, scope)?.Text.Trim();

    private ExpandedText? Render(PolicyTemplate template, TemplateScope scope)
    {
        var checkedTemplate = _checked.GetOrAdd(template, t => new Lazy<PolicyTemplate>(() =>
        {
            t.CheckReferences(KnownMembers(scope), diagnostics);
            return t;
        })).Value;
        return checkedTemplate.Render(scope, diagnostics);
    }

    /// <summary>The names a layout template may use: a body's, with the layout's <c>policy</c> and <c>entry</c> fields.</summary>
    private Dictionary<string, IReadOnlySet<string>> KnownMembers(TemplateScope scope)
    {
        var known = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (sources.Policies.Count > 0)
        {
            foreach (var (root, names) in TemplateScope.KnownMembers(sources, sources.Policies[0]))
            {
                known[root] = names;
            }
        }

        known["policy"] = LayoutFields.PolicyNames.ToHashSet(StringComparer.Ordinal);
        if (scope.Globals.ContainsKey("entry"))
        {
            known["entry"] = LayoutFields.EntryNames.ToHashSet(StringComparer.Ordinal);
        }

        return known;
    }

    private static string What(Block block) => block switch
    {
        Heading => "a heading",
        ListBlock => "a list",
        Table => "a table",
        Quote => "a quotation",
        _ => "this",
    };

    /// <summary>A change log with its rows, before it becomes a table at the start or end or the body's last section (<see cref="Placement"/> null).</summary>
    private sealed record ChangeLogTable(string Title, ChangeLogPlacement? Placement, IReadOnlyList<ChangeLogColumn> Columns, IReadOnlyList<IReadOnlyList<LayoutValue>> Rows, SourceSpan Span);
}

/// <summary>A document's resolved layout, and the blocks it adds at the end of the body (a change log written as the last section).</summary>
internal sealed record ResolvedLayout(DocumentLayout Layout, IReadOnlyList<Block> Section);
