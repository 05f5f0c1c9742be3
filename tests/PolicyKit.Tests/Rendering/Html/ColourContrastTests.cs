using PolicyKit.Model.Document;
using PolicyKit.Rendering.Html.Styling;

namespace PolicyKit.Tests.Rendering.Html;

public sealed class ColourContrastTests
{
    [Theory]
    [InlineData("000000", "FFFFFF", 21.0)]
    [InlineData("FFFFFF", "FFFFFF", 1.0)]
    [InlineData("767676", "FFFFFF", 4.54)]
    [InlineData("777777", "FFFFFF", 4.48)]
    [InlineData("D4A017", "FFFFFF", 2.38)]
    public void Ratio_follows_the_WCAG_formula(string first, string second, double expected)
    {
        Assert.Equal(expected, ColourContrast.Ratio(Rgb.Parse(first)!.Value, Rgb.Parse(second)!.Value), 2);
    }

    [Theory]
    [InlineData("D4A017")]
    [InlineData("FFFF00")]
    [InlineData("2E86C1")]
    [InlineData("FFFFFF")]
    public void A_colour_too_light_for_text_is_darkened_until_it_passes_AA(string hex)
    {
        var colour = Rgb.Parse(hex)!.Value;
        var safe = ColourContrast.EnsureContrast(colour, Rgb.White);

        Assert.True(ColourContrast.Ratio(safe, Rgb.White) >= 4.5, $"{safe} on white");
        Assert.True(safe.R <= colour.R && safe.G <= colour.G && safe.B <= colour.B, "only darkened");
    }

    [Theory]
    [InlineData("1B4F72")]
    [InlineData("6A1B4D")]
    public void A_colour_that_already_passes_is_kept(string hex)
    {
        var colour = Rgb.Parse(hex)!.Value;
        Assert.Equal(colour, ColourContrast.EnsureContrast(colour, Rgb.White));
    }

    [Fact]
    public void Palette_makes_every_school_colour_safe_and_falls_back_to_defaults()
    {
        var gold = Palette.For(new Branding("FFEE00", "D4A017", null, null));
        Assert.True(ColourContrast.Ratio(gold.Primary, gold.Tint) >= 4.5);
        Assert.True(ColourContrast.Ratio(gold.Accent, Rgb.White) >= 4.5);
        Assert.Equal(Rgb.Parse("D4A017"), gold.Decoration);

        var none = Palette.For(Branding.None);
        Assert.Equal(Palette.Default, none);
        Assert.Equal(FontStacks.System, none.BodyFont);
        Assert.Equal("\"Liberation Serif\", Georgia, \"Times New Roman\", serif", Palette.For(new Branding(null, null, "Liberation Serif", null)).HeadingFont);
        Assert.Equal("\"Liberation Sans\", system-ui, sans-serif", Palette.For(new Branding(null, null, null, "Liberation Sans")).BodyFont);
    }

    [Theory]
    [InlineData("#1b4f72", 0x1B, 0x4F, 0x72)]
    [InlineData("1B4F72", 0x1B, 0x4F, 0x72)]
    public void Colours_parse_with_or_without_a_hash(string hex, int r, int g, int b)
    {
        Assert.Equal(new Rgb((byte)r, (byte)g, (byte)b), Rgb.Parse(hex));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("red")]
    [InlineData("12345")]
    [InlineData("GGGGGG")]
    public void Malformed_colours_are_ignored(string? hex) => Assert.Null(Rgb.Parse(hex));
}
