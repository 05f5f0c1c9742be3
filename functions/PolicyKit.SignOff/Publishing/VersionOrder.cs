namespace PolicyKit.SignOff.Publishing;

/// <summary>Orders policy versions as people mean them: "1.10" comes after "1.9".</summary>
internal sealed class VersionOrder : IComparer<string>
{
    public static VersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "0";
            var right = i < b.Length ? b[i] : "0";
            var order = int.TryParse(left, out var l) && int.TryParse(right, out var r)
                ? l.CompareTo(r)
                : string.CompareOrdinal(left, right);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
