namespace PolicyKit.Tests.Import.Support;

/// <summary>
/// The styles.xml and numbering.xml <see cref="WordDocumentBuilder"/> writes, in the shape Word writes them:
/// built-in style names in English lower case, ids without spaces, headings with an outline level, lists as
/// abstract definitions each used by a <c>w:num</c>.
/// </summary>
internal static class WordParts
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The abstract list definitions by the name the builder's methods take.</summary>
    public static readonly IReadOnlyDictionary<string, int> Lists = new Dictionary<string, int>
    {
        ["decimal"] = 1,
        ["alpha"] = 2,
        ["bullet"] = 3,
    };

    public static string Styles => $"""
        <w:styles xmlns:w="{W}">
          <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="PolicyHeading"><w:name w:val="Policy Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="PolicyClause"><w:name w:val="Policy Clause"/><w:basedOn w:val="ListParagraph"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="NoteText"><w:name w:val="Note Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/></w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
          <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
        </w:styles>
        """;

    /// <summary>numbering.xml: the three abstract lists, each with a <c>w:num</c> of the same id, plus <paramref name="extra"/> (restarts).</summary>
    public static string Numbering(IEnumerable<(int NumId, int AbstractId, int? StartAt)> extra)
    {
        var nums = string.Concat(Lists.Values.Select(id => $"""<w:num w:numId="{id}"><w:abstractNumId w:val="{id}"/></w:num>"""))
            + string.Concat(extra.Select(n => n.StartAt is { } start
                ? $"""<w:num w:numId="{n.NumId}"><w:abstractNumId w:val="{n.AbstractId}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>"""
                : $"""<w:num w:numId="{n.NumId}"><w:abstractNumId w:val="{n.AbstractId}"/></w:num>"""));
        return $"""
            <w:numbering xmlns:w="{W}">
              <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
                {Level(0, "decimal", "%1.")}{Level(1, "decimal", "%1.%2.")}{Level(2, "decimal", "%1.%2.%3.")}
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>
                {Level(0, "lowerLetter", "%1.")}{Level(1, "lowerRoman", "%2.")}{Level(2, "lowerRoman", "(%3)")}
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>
              </w:abstractNum>
              {nums}
            </w:numbering>
            """;
    }

    private static string Level(int level, string format, string text) =>
        $"""<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{(level + 1) * 567}" w:hanging="567"/></w:pPr></w:lvl>""";
}
