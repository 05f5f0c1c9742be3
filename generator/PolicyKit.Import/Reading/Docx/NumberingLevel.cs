namespace PolicyKit.Import.Reading.Docx;

/// <summary>One <c>w:lvl</c> of a list definition, as far as the label needs it.</summary>
internal sealed record NumberingLevel(string Format, int Start, string Text, bool Legal, int? Restart, string? BulletFont)
{
    public static readonly NumberingLevel Plain = new("decimal", 1, "%1.", false, null, null);
}
