namespace PolicyKit.Model.Diagnostics;

/// <summary>Stable diagnostic ids. Each is explained, with cause and fix, in docs/diagnostics.md.</summary>
public static class DiagnosticCodes
{
    // PK00xx: files and folders
    public const string FileNotFound = "PK0001";
    public const string FileUnreadable = "PK0002";
    public const string NoPolicies = "PK0003";

    // PK01xx: YAML and front matter
    public const string YamlSyntax = "PK0101";
    public const string UnknownKey = "PK0102";
    public const string MissingKey = "PK0103";
    public const string InvalidValue = "PK0104";
    public const string IdMismatch = "PK0105";
    public const string MissingFrontMatter = "PK0106";
    public const string InvalidRosterGroups = "PK0107";
    public const string InvalidReviewReminders = "PK0108";

    // PK02xx: templates
    public const string TemplateSyntax = "PK0201";
    public const string UnknownVariable = "PK0202";
    public const string UnknownRole = "PK0203";
    public const string UnknownSetting = "PK0204";
    public const string TemplateRuntime = "PK0205";

    // PK03xx: clauses and school overrides
    public const string DuplicateClauseId = "PK0301";
    public const string UnknownClause = "PK0302";
    public const string InvalidClauseId = "PK0303";
    public const string OverrideForUnknownPolicy = "PK0304";
    public const string BrokenClauseLink = "PK0305";
    public const string InvalidLinkAddress = "PK0306";
    public const string UnknownMaterialClause = "PK0307";

    // PK04xx: references between files
    public const string UnknownRelatedPolicy = "PK0401";
    public const string UnreadableImage = "PK0402";
    public const string InvalidReferenceDocument = "PK0403";

    // PK05xx: review dates and versions
    public const string MissingReviewDate = "PK0501";
    public const string ReviewOverdue = "PK0502";
    public const string HistoryOutOfOrder = "PK0503";
    public const string RatifiedBeforeVersion = "PK0504";
    public const string DuplicateVersion = "PK0505";
    public const string ProposedOlderThanCurrent = "PK0506";
    public const string UnknownRatifyingBody = "PK0507";
    public const string InconsistentVersionStatus = "PK0508";
    public const string UnknownRatifiedVersion = "PK0509";

    // PK06xx: Markdown content
    public const string UnsupportedMarkdown = "PK0601";

    // PK07xx: outputs
    public const string PdfConversionFailed = "PK0701";

    // PK08xx: the review calendar's state (.policykit/calendar.yaml)
    public const string DuplicateCalendarEvent = "PK0801";

    // PK09xx: redlines between versions
    public const string NoVersionEntry = "PK0901";
    public const string NotInGitRepository = "PK0902";
    public const string GitNotInstalled = "PK0903";
    public const string VersionNotInHistory = "PK0904";
    public const string PolicyNeverCommitted = "PK0905";
    public const string HistoryExportFailed = "PK0906";

    // PK10xx: a trust's own document layout (layout: and layouts:)
    public const string InvalidLayoutValue = "PK1001";
    public const string UnknownLayout = "PK1002";
    public const string InvalidDateFormat = "PK1003";
    public const string UnknownSignatory = "PK1004";
    public const string BeforeContentsNotParagraphs = "PK1005";

    // PK110x: policy numbers and plain numbered lists
    public const string InvalidPolicyNumber = "PK1101";
    public const string PolicyNumberNotShown = "PK1102";

    // PK12xx: fields a school's records may leave out
    public const string RatifiedMonthOnly = "PK1201";
    public const string RoleHolderNeeded = "PK1202";
    public const string RatifiedOutsideHistory = "PK1203";
    public const string NoVersionToRatify = "PK1204";
    public const string VersionNumberNeeded = "PK1205";
    public const string TrustBoardInStandalone = "PK1206";
    public const string SchoolsBesideStandalone = "PK1207";

    // PK130x: reading a document to import (Word, OpenDocument, PDF)
    public const string ImportFileNotFound = "PK1301";
    public const string ImportUnsupportedFormat = "PK1302";
    public const string ImportNotValidDocument = "PK1303";
    public const string ImportPasswordProtected = "PK1304";
    public const string ImportNeedsLibreOffice = "PK1305";
    public const string ImportConversionFailed = "PK1306";
    public const string ImportPdfWithoutText = "PK1307";

    // PK132x: importing a document: what the recogniser kept but could not place with confidence (warnings)
    public const string ImportContentKept = "PK1320";
    public const string ImportMetadataRowNotUnderstood = "PK1321";
    public const string ImportHistoryRowUnreadable = "PK1322";
    public const string ImportOwnerNotARole = "PK1323";
    public const string ImportHeadingTooDeep = "PK1324";
    public const string ImportTableCellFlattened = "PK1325";
    public const string ImportStructureGuessed = "PK1326";

    // PK134x: importing existing documents (the import command and its report)
    public const string ImportTargetExists = "PK1340";
    public const string ImportFileType = "PK1341";
    public const string ImportNoIdFromName = "PK1342";
    public const string ImportFolderEmpty = "PK1343";
    public const string ImportFileFailed = "PK1344";

    // PK135x: where an import is written (a trust policy or a school's override)
    public const string InvalidImportId = "PK1350";
    public const string ImportSourcesInvalid = "PK1351";
    public const string ImportUnknownSchool = "PK1352";
    public const string ImportChangeNotExpressed = "PK1353";

    // PK136x: statutory policy coverage (school types, statutory-as:, the statutory policy lists)
    public const string InvalidSchoolType = "PK1360";
    public const string UnknownStatutoryRequirement = "PK1361";
    public const string InvalidStatutoryEntry = "PK1362";
    public const string DuplicateStatutoryRequirement = "PK1363";
    public const string NotApplicableUnknownSchool = "PK1364";
}
