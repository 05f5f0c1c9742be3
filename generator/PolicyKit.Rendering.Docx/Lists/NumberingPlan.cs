using DocumentFormat.OpenXml.Wordprocessing;
using PolicyKit.Model.Document;
using PolicyKit.Model.Numbering;

namespace PolicyKit.Rendering.Docx.Lists;

/// <summary>
/// Decides, per scheme, which numbering level a heading or clause takes and hands out list instances.
/// The numbers themselves, for the contents, come from the model's <see cref="Model.Numbering.ClauseNumbers"/>.
/// </summary>
internal sealed class NumberingPlan
{
    public const int MaxLevel = ClauseNumbers.MaxLevel;

    private readonly List<int> _bulletLists = [];
    private int _headingLevel = -1;

    public NumberingPlan(NumberingScheme scheme) => Scheme = scheme;

    public NumberingScheme Scheme { get; }

    /// <summary>
    /// The numbering level of the first clause level: "a." in Alpha; in Decimal one below the last numbered
    /// heading, so a clause under "1" is "1.1" and under "1.2" is "1.2.1".
    /// </summary>
    public int TopClauseLevel => Scheme == NumberingScheme.Alpha ? 1 : Math.Min(_headingLevel + 1, MaxLevel);

    /// <summary>The numbering level of a heading, or null when the scheme leaves it unnumbered.</summary>
    public int? HeadingLevel(int level) => ClauseNumbers.HeadingLevel(Scheme, level);

    /// <summary>Notes a numbered heading: clauses after it number one level below it.</summary>
    public void EnterHeading(int level) => _headingLevel = level;

    /// <summary>A new list instance, so each bullet list starts afresh.</summary>
    public int NewBulletList()
    {
        var id = NumberingDefinitions.SchemeNumId + 1 + _bulletLists.Count;
        _bulletLists.Add(id);
        return id;
    }

    public Numbering Build() => NumberingDefinitions.Build(Scheme, _bulletLists);
}
