using System.CommandLine;
using PolicyKit.Generator.Building;

namespace PolicyKit.Cli.Commands;

/// <summary>--format docx,pdf,html: which outputs to write. Without it: all three, or docx and html when no PDF engine is installed.</summary>
internal static class FormatOption
{
    public static Option<OutputFormats?> Create() => new("--format", "-f")
    {
        Description = "Outputs to write, comma-separated: docx, pdf, html (default: all three; docx,html when LibreOffice is not installed).",
        CustomParser = result =>
        {
            var formats = OutputFormats.None;
            foreach (var word in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                formats |= word.ToLowerInvariant() switch
                {
                    "docx" or "word" => OutputFormats.Docx,
                    "pdf" => OutputFormats.Pdf,
                    "html" or "web" => OutputFormats.Html,
                    _ => Invalid(result, word),
                };
            }

            return formats;
        },
    };

    private static OutputFormats Invalid(System.CommandLine.Parsing.ArgumentResult result, string word)
    {
        result.AddError($"'{word}' is not an output format; use docx, pdf or html (comma-separated).");
        return OutputFormats.None;
    }
}
