using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// Builds the body's tree as paragraphs arrive: sections hold what follows their heading, clauses hold their
/// sub-clauses, and bullets or steps straight after a clause belong to it.
/// </summary>
internal sealed class BodyBuilder
{
    private readonly List<object> _root = [];
    private readonly ClauseStack _clauses = new();
    private MutableSection? _section;
    private MutableSection? _subsection;
    private BulletRun? _bullets;
    private (MutableList List, string? Key)? _steps;

    /// <summary>The kinds of counter the top-level clauses used, for the numbering scheme.</summary>
    public List<NumberStyle> TopLevelStyles { get; } = [];

    public int ClauseCount { get; private set; }

    private List<object> Container => _subsection?.Children ?? _section?.Children ?? _root;

    public void Heading(int level, string title, string id, ImportWarning? warning = null)
    {
        CloseLists();
        var section = new MutableSection(level, title, id) { Warning = warning };
        if (level <= 1 || _section is null)
        {
            _root.Add(section);
            _section = level <= 1 ? section : null;
            _subsection = level <= 1 ? null : section;
        }
        else
        {
            _section.Children.Add(section);
            _subsection = section;
        }
    }

    public void Clause(ListMarker marker, string markdown, string id)
    {
        _bullets = null;
        _steps = null;
        var clause = new MutableClause(markdown, id);
        var style = _clauses.Resolve(marker);
        var parent = _clauses.Push(marker, clause);
        (parent?.Children ?? Container).Add(clause);
        if (parent is null)
        {
            // Word's "1.1" is a decimal counter printed with its parent's number: the decimal scheme.
            TopLevelStyles.Add(style == NumberStyle.Decimal && marker.Label.TrimEnd('.', ')').Contains('.', StringComparison.Ordinal) ? NumberStyle.MultiLevelDecimal : style);
        }

        ClauseCount++;
    }

    /// <summary>Whether a numbered paragraph reads as a step of a list inside the open clause rather than a clause of its own.</summary>
    public bool IsStep(ListMarker marker)
    {
        if (_clauses.Top is null)
        {
            return false;
        }

        if (_steps is { } steps && (steps.Key is null ? marker.Origin == ListOrigin.TypedNumber && marker.Label.EndsWith(')') : marker.ListKey == steps.Key))
        {
            return true;
        }

        // "1)" typed, or Word numbering of another list that starts again at 1 inside a clause.
        var startsAtOne = marker.Label.TrimEnd('.', ')') is "1" or "a";
        return startsAtOne && (marker.Origin == ListOrigin.TypedNumber
            ? marker.Label.EndsWith(')') && !marker.Label.StartsWith('(')
            : marker.Origin == ListOrigin.WordNumbering && marker.ListKey is not null && _clauses.TopListKey is not null && marker.ListKey != _clauses.TopListKey);
    }

    public void Step(ListMarker marker, string markdown)
    {
        _bullets = null;
        if (_steps is null)
        {
            var list = new MutableList(ListNodeKind.Plain);
            _clauses.Top!.Children.Add(list);
            _steps = (list, marker.Origin == ListOrigin.WordNumbering ? marker.ListKey : null);
        }

        _steps.Value.List.Items.Add(new MutableItem(markdown));
    }

    public void Bullet(int level, string markdown)
    {
        _steps = null;
        if (_bullets is null)
        {
            var list = new MutableList(ListNodeKind.Bullet);
            (_clauses.Top?.Children ?? Container).Add(list);
            _bullets = new BulletRun(list);
        }

        _bullets.Add(Math.Max(0, level), markdown);
    }

    /// <summary>The list key of clauses a document printed without numbers (PolicyKit's unnumbered scheme).</summary>
    public const string UnnumberedClauses = "unnumbered-clauses";

    /// <summary>True while a clause printed without a number is open, so a bookmarked bullet is its sub-clause.</summary>
    public bool InUnnumberedClause => _clauses.TopListKey == UnnumberedClauses;

    /// <summary>
    /// A clause printed as a plain paragraph (the unnumbered scheme prints clauses so, and their sub-clauses as bullets):
    /// a clause of the tree, but no sign of a numbering scheme.
    /// </summary>
    public void UnnumberedClause(int level, string markdown, string id)
    {
        _bullets = null;
        _steps = null;
        var clause = new MutableClause(markdown, id);
        var parent = _clauses.Push(new ListMarker(ListOrigin.WordNumbering, level, string.Empty, NumberStyle.Decimal, UnnumberedClauses), clause);
        (parent?.Children ?? Container).Add(clause);
        ClauseCount++;
    }

    /// <summary>A paragraph without a number: a clause's second paragraph when its style says it continues a list, else a paragraph of the section.</summary>
    public void Paragraph(string markdown, string? id, bool continuesList)
    {
        if (continuesList && _clauses.Top is { } clause)
        {
            _bullets = null;
            _steps = null;
            clause.Children.Add(new ParagraphNode(markdown, id));
            return;
        }

        CloseLists();
        Container.Add(new ParagraphNode(markdown, id));
    }

    public void Block(SourceNode node)
    {
        CloseLists();
        Container.Add(node);
    }

    public IReadOnlyList<SourceNode> Build() => Convert(_root);

    private void CloseLists()
    {
        _clauses.Clear();
        _bullets = null;
        _steps = null;
    }

    private static List<SourceNode> Convert(List<object> items) => items.Select(Convert).ToList();

    private static SourceNode Convert(object item) => item switch
    {
        MutableSection s => new SectionNode(Math.Min(s.Level, 2), s.Title, s.Id, Convert(s.Children)) { Warning = s.Warning },
        MutableClause c => new ClauseNode(c.Markdown, c.Id, Convert(c.Children)),
        MutableList l => new ListNode(l.Kind, l.Items.Select(i => new ListItemNode(i.Markdown, Convert(i.Children))).ToList()),
        SourceNode n => n,
        _ => throw new InvalidOperationException($"Unexpected body item {item.GetType().Name}."),
    };

    internal sealed class MutableSection(int level, string title, string id)
    {
        public int Level { get; } = level;

        public string Title { get; } = title;

        public string Id { get; } = id;

        public ImportWarning? Warning { get; init; }

        public List<object> Children { get; } = [];
    }

    internal sealed class MutableClause(string markdown, string id)
    {
        public string Markdown { get; } = markdown;

        public string Id { get; } = id;

        public List<object> Children { get; } = [];
    }

    private sealed class MutableList(ListNodeKind kind)
    {
        public ListNodeKind Kind { get; } = kind;

        public List<MutableItem> Items { get; } = [];
    }

    private sealed class MutableItem(string markdown)
    {
        public string Markdown { get; } = markdown;

        public List<object> Children { get; } = [];
    }

    /// <summary>A run of bullets, nested by level: a deeper bullet goes in a list under the bullet before it.</summary>
    private sealed class BulletRun(MutableList top)
    {
        private readonly List<(int Level, MutableList List)> _open = [(0, top)];

        public void Add(int level, string markdown)
        {
            // The run's first bullet sets its level: bullets under a clause are at Word's level 1 but are the clause's first list.
            if (_open.Count == 1 && top.Items.Count == 0)
            {
                _open[0] = (level, top);
            }

            while (_open.Count > 1 && _open[^1].Level > level)
            {
                _open.RemoveAt(_open.Count - 1);
            }

            if (level > _open[^1].Level && _open[^1].List.Items.Count > 0)
            {
                var nested = new MutableList(ListNodeKind.Bullet);
                _open[^1].List.Items[^1].Children.Add(nested);
                _open.Add((level, nested));
            }

            _open[^1].List.Items.Add(new MutableItem(markdown));
        }
    }
}
