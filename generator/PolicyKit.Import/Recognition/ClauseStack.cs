using PolicyKit.Import.Reading;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// The clauses open at the current paragraph, outermost first, and where the next numbered paragraph belongs among
/// them. Word numbering and typed multi-part numbers ("7.6.1") give a level; a typed "a." or "i." takes its level
/// from its neighbours: the same kind of counter as an open clause makes a sibling of it, another kind a sub-clause.
/// </summary>
internal sealed class ClauseStack
{
    private readonly List<Frame> _frames = [];

    public int Count => _frames.Count;

    public BodyBuilder.MutableClause? Top => _frames.Count > 0 ? _frames[^1].Clause : null;

    public string? TopListKey => _frames.Count > 0 ? _frames[^1].ListKey : null;

    public void Clear() => _frames.Clear();

    /// <summary>Opens <paramref name="clause"/> for <paramref name="marker"/>; returns its parent clause, or null at the top.</summary>
    public BodyBuilder.MutableClause? Push(ListMarker marker, BodyBuilder.MutableClause clause)
    {
        var style = Resolve(marker);
        if (Ranked(marker, style) is { } rank)
        {
            // Counters typed without a level inside a ranked clause close with it.
            while (_frames.Count > 0 && (_frames[^1].Rank is null || _frames[^1].Rank >= rank))
            {
                _frames.RemoveAt(_frames.Count - 1);
            }

            return Open(new Frame(clause, rank, null, null, marker.ListKey));
        }

        var sibling = _frames.FindLastIndex(f => f.Style == style);
        if (sibling >= 0)
        {
            _frames.RemoveRange(sibling, _frames.Count - sibling);
        }

        return Open(new Frame(clause, null, style, Letter(marker, style), marker.ListKey));
    }

    /// <summary>The kind of counter a typed marker is, deciding the "i." that could be a letter or a numeral.</summary>
    public NumberStyle Resolve(ListMarker marker)
    {
        if (marker.Style is not (NumberStyle.LowerRoman or NumberStyle.UpperRoman) || Letter(marker, NumberStyle.LowerLetter) is not { } c || c is not ('i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'))
        {
            return marker.Style;
        }

        // "i." straight after "h." is the ninth letter (and "c." after "b." the third); after any other letter it starts numerals.
        var letters = marker.Style == NumberStyle.LowerRoman ? NumberStyle.LowerLetter : NumberStyle.UpperLetter;
        var top = _frames.Count > 0 ? _frames[^1] : null;
        var open = _frames.FindLast(f => f.Style == letters);
        return open is not null && open.LastLetter == (char)(c - 1) && (top == open || top?.Style != marker.Style)
            ? letters
            : marker.Style;
    }

    private static int? Ranked(ListMarker marker, NumberStyle style) =>
        marker.Origin == ListOrigin.WordNumbering ? marker.Level
        : style == NumberStyle.MultiLevelDecimal && marker.Level >= 0 ? marker.Level
        : null;

    private static char? Letter(ListMarker marker, NumberStyle style)
    {
        var text = marker.Label.Trim('(', ')', '.', ' ').ToLowerInvariant();
        return style is NumberStyle.LowerLetter or NumberStyle.UpperLetter && text.Length == 1 ? text[0]
            : text.Length == 1 && char.IsLetter(text[0]) ? text[0]
            : null;
    }

    private BodyBuilder.MutableClause? Open(Frame frame)
    {
        var parent = _frames.Count > 0 ? _frames[^1].Clause : null;
        _frames.Add(frame);
        return parent;
    }

    private sealed record Frame(BodyBuilder.MutableClause Clause, int? Rank, NumberStyle? Style, char? LastLetter, string? ListKey);
}
