using System.Globalization;

namespace PolicyKit.Rendering.Html.Styling;

/// <summary>An sRGB colour, 0–255 per channel.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);

    public static Rgb Black { get; } = new(0, 0, 0);

    /// <summary>Six hex digits as in the source format ("1F4E79", a leading '#' allowed), or null when malformed.</summary>
    public static Rgb? Parse(string? hex)
    {
        var digits = hex?.Trim().TrimStart('#');
        if (digits is not { Length: 6 } || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>This colour moved towards <paramref name="other"/> by <paramref name="amount"/> (0 = unchanged, 1 = other).</summary>
    public Rgb Mix(Rgb other, double amount) => new(Blend(R, other.R, amount), Blend(G, other.G, amount), Blend(B, other.B, amount));

    public string ToCss() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");

    public override string ToString() => ToCss();

    private static byte Blend(byte from, byte to, double amount) => (byte)Math.Round(from + ((to - from) * amount), MidpointRounding.AwayFromZero);
}
