using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>Character formatting inherited by nested inlines (bold inside a link, italic inside bold).</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    public static RunFormat Plain => default;

    public static RunFormat Strong { get; } = new(true, false, null);

    public Run NewRun()
    {
        if (!Bold && !Italic && CharacterStyle is null)
        {
            return new Run();
        }

        return new Run(new RunProperties
        {
            RunStyle = CharacterStyle is null ? null : new RunStyle { Val = CharacterStyle },
            Bold = Bold ? new Bold() : null,
            Italic = Italic ? new Italic() : null,
        });
    }
}
