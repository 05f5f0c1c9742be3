using PolicyKit.Cli.Commands;
using PolicyKit.Generator.Building;

namespace PolicyKit.Tests.Cli;

/// <summary>Every command builds from the generator's own defaults, changed only by what was asked for.</summary>
public sealed class BuildDefaultsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_command_that_asks_for_nothing_builds_with_the_generators_defaults()
    {
        var defaults = new BuildOptions("policies", Today);

        var options = BuildDefaults.For("policies", Today);

        Assert.Equal(("out", OutputFormats.All), (defaults.OutputRoot, defaults.Formats));
        Assert.Equal((defaults.OutputRoot, defaults.Formats, defaults.MaxParallelism, defaults.PdfBatchTimeout, defaults.Force, defaults.WarningsAsErrors), (options.OutputRoot, options.Formats, options.MaxParallelism, options.PdfBatchTimeout, options.Force, options.WarningsAsErrors));
    }

    [Fact]
    public void A_command_gets_the_output_folder_and_formats_it_asked_for()
    {
        var options = BuildDefaults.For("policies", Today, "site", OutputFormats.Docx);

        Assert.Equal(("site", OutputFormats.Docx), (options.OutputRoot, options.Formats));
    }

    [Theory]
    [InlineData(null, OutputFormats.All)]
    [InlineData(OutputFormats.Docx, OutputFormats.Docx | OutputFormats.Html)]
    [InlineData(OutputFormats.Pdf, OutputFormats.Pdf | OutputFormats.Html)]
    public void Publishing_always_builds_the_web_page_people_sign(OutputFormats? asked, OutputFormats built)
    {
        Assert.Equal(built, BuildDefaults.ForPublishing("policies", Today, formats: asked).Formats);
    }
}
