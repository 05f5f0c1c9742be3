namespace PolicyKit.SignOff.Ratification;

/// <summary>What each file of a proposal is; the names appear in proposal records and in the chair's page addresses.</summary>
public static class ProposalFileRoles
{
    public const string ProposedHtml = "proposed-html";
    public const string ProposedPdf = "proposed-pdf";
    public const string ProposedDocx = "proposed-docx";
    public const string RedlineDocx = "redline-docx";
    public const string RedlineHtml = "redline-html";
    public const string RedlineMarkdown = "redline-md";

    /// <summary>The content type a file of this role is served and stored with.</summary>
    public static string ContentType(string role) => role switch
    {
        ProposedHtml or RedlineHtml => "text/html; charset=utf-8",
        ProposedPdf => "application/pdf",
        ProposedDocx or RedlineDocx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/markdown; charset=utf-8",
    };
}

/// <summary>Where a proposal applies: a school's id, or the trust as a whole.</summary>
public static class ProposalScopes
{
    /// <summary>The scope of a trust-board policy, approved once for every school.</summary>
    public const string Trust = "trust";
}
