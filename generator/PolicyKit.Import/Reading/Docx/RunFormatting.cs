using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Import.Reading.Docx;

/// <summary>Bold and italic from <c>w:b</c> and <c>w:i</c>, where <c>w:val="0"</c> or "false" turns them off.</summary>
internal static class RunFormatting
{
    public static RunStyle Apply(RunStyle current, Bold? bold, Italic? italic)
    {
        if (bold is not null)
        {
            current = bold.Val is null || bold.Val.Value ? current | RunStyle.Bold : current & ~RunStyle.Bold;
        }

        if (italic is not null)
        {
            current = italic.Val is null || italic.Val.Value ? current | RunStyle.Italic : current & ~RunStyle.Italic;
        }

        return current;
    }
}
