using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKit.Rendering.Docx.Inlines;

/// <summary>Puts text into a run: tabs and newlines become w:tab and w:br, characters XML cannot hold are dropped.</summary>
internal static class RunText
{
    public static Run Append(Run run, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n'))
            {
                continue;
            }

            AppendText(run, text[start..i]);
            if (i < text.Length)
            {
                run.Append(text[i] == '\t' ? new TabChar() : new Break());
            }

            start = i + 1;
        }

        return run;
    }

    public static Run Create(string text, RunFormat format = default) => Append(format.NewRun(), text);

    /// <summary>
    /// Text whose hyphens are non-breaking (w:noBreakHyphen), for cells sized to their longest word: Word and
    /// LibreOffice would otherwise break "Featherstonehaugh-Cholmondeley" at its hyphen whenever the line before it
    /// is full, though the column holds the whole name.
    /// </summary>
    public static Run CreateUnbroken(string text, RunFormat format = default)
    {
        var run = format.NewRun();
        var parts = text.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new NoBreakHyphen());
            }

            Append(run, parts[i]);
        }

        return run;
    }

    private static void AppendText(Run run, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) || text.Contains('\r', StringComparison.Ordinal))
        {
            text = new string([.. text.Where(c => (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) && c != '\r')]);
        }

        // Word trims leading and trailing spaces of w:t unless xml:space="preserve" (ECMA-376 17.3.3.31).
        var element = new Text(text);
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        run.Append(element);
    }
}
