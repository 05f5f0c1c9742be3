using System.Text.RegularExpressions;
using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// A two-column table of labels and values ("Policy status | Statutory", "Next review date | 1 September 2026"),
/// read loosely: any case or punctuation, the usual synonyms, and the labels PolicyKit's own documents print.
/// </summary>
internal static partial class MetadataTable
{
    private enum Field
    {
        Status,
        WrittenBy,
        Owner,
        ApprovedBy,
        RatifiedBy,
        ReviewCycle,
        NextReview,
        Ratified,
        Version,
        AcceptedBy,
        Ignored,
    }

    private static readonly Dictionary<string, Field> Labels = new(StringComparer.Ordinal)
    {
        ["status"] = Field.Status,
        ["policy status"] = Field.Status,
        ["statutory"] = Field.Status,
        ["statutory status"] = Field.Status,
        ["statutory policy"] = Field.Status,
        ["policy type"] = Field.Status,
        ["type of policy"] = Field.Status,
        ["written by"] = Field.WrittenBy,
        ["author"] = Field.WrittenBy,
        ["authored by"] = Field.WrittenBy,
        ["prepared by"] = Field.WrittenBy,
        ["drafted by"] = Field.WrittenBy,
        ["policy author"] = Field.WrittenBy,
        ["owner"] = Field.Owner,
        ["policy owner"] = Field.Owner,
        ["responsible officer"] = Field.Owner,
        ["lead"] = Field.Owner,
        ["policy lead"] = Field.Owner,
        ["responsible person"] = Field.Owner,
        ["staff lead"] = Field.Owner,
        ["lead member of staff"] = Field.Owner,
        ["person responsible"] = Field.Owner,
        ["responsible"] = Field.Owner,
        ["approved by"] = Field.ApprovedBy,
        ["approving body"] = Field.ApprovedBy,
        ["approval"] = Field.ApprovedBy,
        ["approval body"] = Field.ApprovedBy,
        ["to be approved by"] = Field.ApprovedBy,
        ["approval level"] = Field.ApprovedBy,
        ["ratified by"] = Field.RatifiedBy,
        ["ratifying body"] = Field.RatifiedBy,
        ["adopted by"] = Field.RatifiedBy,
        ["review cycle"] = Field.ReviewCycle,
        ["review frequency"] = Field.ReviewCycle,
        ["frequency of review"] = Field.ReviewCycle,
        ["review period"] = Field.ReviewCycle,
        ["reviewed"] = Field.ReviewCycle,
        ["frequency"] = Field.ReviewCycle,
        ["next review"] = Field.NextReview,
        ["next review date"] = Field.NextReview,
        ["review date"] = Field.NextReview,
        ["to be reviewed"] = Field.NextReview,
        ["date of next review"] = Field.NextReview,
        ["due for review"] = Field.NextReview,
        ["review due"] = Field.NextReview,
        ["next review due"] = Field.NextReview,
        ["renewal date"] = Field.NextReview,
        ["last reviewed"] = Field.Ratified,
        ["date ratified"] = Field.Ratified,
        ["approved on"] = Field.Ratified,
        ["date approved"] = Field.Ratified,
        ["ratified"] = Field.Ratified,
        ["ratified on"] = Field.Ratified,
        ["date adopted"] = Field.Ratified,
        ["adopted"] = Field.Ratified,
        ["approval date"] = Field.Ratified,
        ["date of approval"] = Field.Ratified,
        ["date of ratification"] = Field.Ratified,
        ["approved"] = Field.Ratified,
        ["version"] = Field.Version,
        ["version number"] = Field.Version,
        ["version no"] = Field.Version,
        ["policy version"] = Field.Version,
        ["to be accepted by"] = Field.AcceptedBy,
        ["this document"] = Field.Ignored,
    };

    private static readonly HashSet<string> GoverningBodies = new(StringComparer.Ordinal)
    {
        "governing body", "local governing body", "full governing body", "board of governors", "governors", "the governing body",
        "local governing board", "lgb", "fgb", "school governing body",
    };

    private static readonly HashSet<string> TrustBoards = new(StringComparer.Ordinal)
    {
        "trust board", "board of trustees", "trustees", "the trust board", "board of directors", "trust board of directors", "the board",
    };

    /// <summary>Whether <paramref name="table"/> is a metadata table: two columns, most of whose labels are known ones.</summary>
    public static bool Matches(ImportedTable table)
    {
        // A first row of one cell is the table's caption ("About this policy").
        var rows = table.Rows.Where((r, i) => r.Count > 0 && !(r.Count == 1 && i == 0)).ToList();
        if (rows.Count < 2 || rows.Any(r => r.Count != 2))
        {
            return false;
        }

        var known = rows.Count(r => Labels.ContainsKey(LooseLabel.Of(r[0].Text)));
        return known >= 2 && known * 2 >= rows.Count;
    }

    /// <summary>Reads the table's rows into <paramref name="fields"/>; rows it cannot place are kept, with a warning.</summary>
    public static void Read(ImportedTable table, ImportContext context, InlineMarkdown inline, MetadataFields fields)
    {
        foreach (var row in table.Rows.Where(r => r.Count == 2))
        {
            var label = row[0].Text.Trim().TrimEnd(':');
            var value = row[1].Text.Replace('\n', ' ').Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (!Labels.TryGetValue(LooseLabel.Of(label), out var field) || !Place(field, label, value, context, fields, table.Ordinal))
            {
                fields.Kept.Add(Kept(table.Ordinal, label, value, inline, $"the row '{label}: {value}' of the table of details is not one PolicyKit reads; it is kept as a paragraph. Move what it says into the front matter (see docs/source-format.md) or delete it."));
            }
        }
    }

    private static bool Place(Field field, string label, string value, ImportContext context, MetadataFields fields, int ordinal)
    {
        var loose = LooseLabel.Of(value);
        switch (field)
        {
            case Field.Status when loose.Contains("non statutory", StringComparison.Ordinal) || loose.Contains("not statutory", StringComparison.Ordinal) || loose is "no" or "recommended" or "good practice" or "non":
                fields.Statutory = false;
                return true;
            case Field.Status when loose.Contains("statutory", StringComparison.Ordinal) || loose is "yes" or "required":
                fields.Statutory = true;
                return true;
            case Field.WrittenBy:
                fields.WrittenBy = value;
                return true;
            case Field.Owner:
                return Owner(label, value, context, fields, ordinal);
            case Field.ApprovedBy:
                fields.ApprovedBy ??= Body(value, context);
                return true;
            case Field.RatifiedBy:
                var minute = MinuteSuffix().Match(value);
                fields.ApprovedBy ??= Body(minute.Success ? value[..minute.Index] : value, context);
                fields.MinuteRef = minute.Success ? minute.Groups[1].Value.Trim() : fields.MinuteRef;
                return true;
            case Field.ReviewCycle when ReviewCycleText.Parse(value) is { } cycle:
                fields.ReviewCycle = cycle;
                return true;
            case Field.NextReview when ImportedDate.Parse(value) is { } next:
                fields.NextReview = next;
                return true;
            case Field.NextReview when ReviewCycleText.Parse(value) is { } cycleInstead:
                fields.ReviewCycle ??= cycleInstead;
                return true;
            case Field.Ratified when loose.Contains("not yet", StringComparison.Ordinal):
                return true;
            case Field.Ratified when ImportedDate.Parse(value) is { } ratified:
                fields.Ratified = ratified;
                return true;
            case Field.Ratified when label.Contains("approved", StringComparison.OrdinalIgnoreCase) && !loose.Any(char.IsDigit):
                fields.ApprovedBy ??= Body(value, context);
                return true;
            case Field.Version when VersionText.Parse(value) is { } version:
                fields.Version = version;
                return true;
            case Field.Version when loose == "draft":
                return true;
            case Field.AcceptedBy:
                fields.Warnings.Add(new ImportWarning(DiagnosticCodes.ImportMetadataRowNotUnderstood, $"the document says it is to be accepted by {value}; the statements people sign are not in the document, so write 'acceptance:' in the front matter yourself (see docs/source-format.md).", ordinal));
                return true;
            case Field.Ignored:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// "Director of Operations (Priya Shah)", as PolicyKit prints an owner, or a role the trust names, becomes a role
    /// key; a person's name alone cannot be, so it is kept with a warning suggesting the role.
    /// </summary>
    private static bool Owner(string label, string value, ImportContext context, MetadataFields fields, int ordinal)
    {
        var title = TitleAndName().Match(value) is { Success: true } m ? m.Groups["title"].Value : value;
        var key = LooseLabel.Key(title);
        var known = context.Roles?.FirstOrDefault(r => r.Key == key || LooseLabel.Key(r.Title) == key || (r.Name is { } name && LooseLabel.Of(name) == LooseLabel.Of(value)));
        if (known is not null)
        {
            fields.OwnerRole = known.Key;
            return true;
        }

        if (context.Roles is null && (title != value || KnownRoleTitles.Contains(key)))
        {
            fields.OwnerRole = key;
            return true;
        }

        fields.Kept.Add(new KeptNode(
            $"**{InlineMarkdown.Escape(label)}:** {InlineMarkdown.Escape(value)}",
            new ImportWarning(DiagnosticCodes.ImportOwnerNotARole, $"the owner '{value}' is not a role the trust names; add 'owner-role:' to the front matter with the role's key from trust.yaml or school.yaml (such as '{key}'), adding the role under 'roles:' if it is new, then delete this line.", ordinal)));
        return true;
    }

    // Titles schools commonly give a policy's owner, as role keys.
    private static readonly HashSet<string> KnownRoleTitles = new(StringComparer.Ordinal)
    {
        "headteacher", "head-teacher", "principal", "executive-headteacher", "deputy-headteacher", "school-business-manager", "business-manager",
        "designated-safeguarding-lead", "data-protection-officer", "senco", "director-of-operations", "chief-executive-officer", "chief-finance-officer",
        "chief-operating-officer", "clerk-to-governors", "it-manager", "site-manager", "hr-manager", "finance-manager",
    };

    /// <summary>
    /// The source's value for a governing body or the trust board, also when named with the trust or school
    /// ("Brookfield Learning Trust board of trustees", as PolicyKit prints the trust board); any other body as written.
    /// </summary>
    private static string Body(string value, ImportContext context)
    {
        var loose = LooseLabel.Of(value);
        foreach (var name in context.Names.Where(n => n.Expression is "trust.name" or "school.name").Select(n => LooseLabel.Of(n.Text) + " "))
        {
            loose = loose.StartsWith(name, StringComparison.Ordinal) ? loose[name.Length..] : loose;
        }

        return GoverningBodies.Contains(loose) ? "governing-body" : TrustBoards.Contains(loose) ? "trust-board" : value.Trim();
    }

    private static KeptNode Kept(int ordinal, string label, string value, InlineMarkdown inline, string message) =>
        new($"**{inline.WriteText(label)}:** {inline.WriteText(value)}", new ImportWarning(DiagnosticCodes.ImportMetadataRowNotUnderstood, message, ordinal));

    [GeneratedRegex(@",\s*minute\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteSuffix();

    [GeneratedRegex(@"^(?<title>[^()]+?)\s*\((?<name>[^()]+)\)$")]
    private static partial Regex TitleAndName();
}
