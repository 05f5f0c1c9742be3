namespace PolicyKit.SignOff.Tracking;

/// <summary>One page of a round's people, so a round of 10,000 is shown a hundred at a time.</summary>
public sealed record PersonPage(IReadOnlyList<PersonRow> People, int Number, int Count, int Total)
{
    public const int Size = 100;

    /// <param name="number">1-based; out-of-range numbers show the nearest page.</param>
    public static PersonPage Of(IReadOnlyList<PersonRow> rows, int number)
    {
        var count = Math.Max(1, (rows.Count + Size - 1) / Size);
        var page = Math.Clamp(number, 1, count);
        return new PersonPage(rows.Skip((page - 1) * Size).Take(Size).ToList(), page, count, rows.Count);
    }

    public int First => Total == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int Last => ((Number - 1) * Size) + People.Count;
}
