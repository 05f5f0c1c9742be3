using PolicyKit.Import.Reading;
using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Import.Recognition;

/// <summary>
/// A table of versions ("Version | Review date | By whom | Summary of changes | Date ratified | Date implemented"),
/// read into <c>version-history</c> entries, oldest first.
/// </summary>
internal static class ReviewHistoryTable
{
    /// <summary>Whether the first row names the columns of a review history: a version or date and at least one other.</summary>
    public static bool Matches(ImportedTable table)
    {
        if (table.Rows.Count < 2)
        {
            return false;
        }

        var columns = Columns(table.Rows[0]);
        var named = columns.Where(c => c != HistoryColumn.None).ToList();
        return named.Count >= 2 && named.Count == named.Distinct().Count()
            && (named.Contains(HistoryColumn.Version) || named.Contains(HistoryColumn.Date))
            && (named.Contains(HistoryColumn.Changes) || named.Contains(HistoryColumn.Ratified) || named.Contains(HistoryColumn.By));
    }

    /// <summary>The table's versions, oldest first, each an ordered list of front matter keys; a cell it cannot read is warned about and left out.</summary>
    public static List<IReadOnlyList<KeyValuePair<string, object>>> Read(ImportedTable table, List<ImportWarning> warnings)
    {
        var columns = Columns(table.Rows[0]);
        var rows = new List<HistoryRow>();
        for (var r = 1; r < table.Rows.Count; r++)
        {
            if (Row(table.Rows[r], columns, r + 1, table.Ordinal, warnings) is { } row)
            {
                rows.Add(row);
            }
        }

        // Versions are written oldest first; a table without numbers is ordered by date and numbered 1.0, 2.0…
        var numbered = rows.All(r => r.Version is not null);
        var ordered = numbered
            ? rows.OrderBy(r => VersionText.SortKey(r.Version!.Number)).ThenBy(r => r.Date?.Date).ToList()
            : rows.OrderBy(r => r.Date?.Date ?? r.Ratified?.Date).ToList();
        if (!numbered && ordered.Count > 0)
        {
            warnings.Add(new ImportWarning(DiagnosticCodes.ImportHistoryRowUnreadable, "the review history gives no version numbers, so its rows are numbered 1.0, 2.0… in date order; correct the 'version:' of each 'version-history' entry.", table.Ordinal));
        }

        return ordered.Select((row, i) => (IReadOnlyList<KeyValuePair<string, object>>)row.Entry(numbered ? row.Version! : new VersionText($"{i + 1}.0", null))).ToList();
    }

    private static HistoryRow? Row(IReadOnlyList<ImportedCell> cells, HistoryColumn[] columns, int rowNumber, int ordinal, List<ImportWarning> warnings)
    {
        var row = new HistoryRow();
        var any = false;
        for (var c = 0; c < cells.Count && c < columns.Length; c++)
        {
            var text = cells[c].Text.Replace('\n', ' ').Trim();
            if (text.Length == 0 || columns[c] == HistoryColumn.None)
            {
                continue;
            }

            any = true;
            switch (columns[c])
            {
                case HistoryColumn.Version:
                    row.Version = VersionText.Parse(text);
                    if (row.Version is null)
                    {
                        warnings.Add(Unreadable(rowNumber, ordinal, $"its version '{text}' is not a number such as 2.1 or 'Version 2:1'"));
                    }

                    break;
                case HistoryColumn.Date:
                    row.Date = DateCell(text, rowNumber, ordinal, "date", warnings);
                    row.DateWritten = true;
                    break;
                case HistoryColumn.Implemented:
                    row.Implemented = DateCell(text, rowNumber, ordinal, "implementation date", warnings);
                    row.DateWritten = true;
                    break;
                case HistoryColumn.Ratified when LooseLabel.Of(text).Contains("not yet", StringComparison.Ordinal):
                    break;
                case HistoryColumn.Ratified:
                    row.Ratified = DateCell(text, rowNumber, ordinal, "ratification date", warnings);
                    row.DateWritten = true;
                    if (row.Ratified is { MonthOnly: true })
                    {
                        warnings.Add(Unreadable(rowNumber, ordinal, $"it gives only the month it was ratified ('{text}'); add 'ratified:' with the day of the meeting, from the minutes"));
                        row.Ratified = null;
                    }

                    break;
                case HistoryColumn.By:
                    row.By = text;
                    break;
                case HistoryColumn.Changes:
                    row.Changes = text;
                    break;
            }
        }

        if (any && !row.DateWritten)
        {
            warnings.Add(Unreadable(rowNumber, ordinal, "it has no date that could be read, so its entry has no 'date:'; add the date the version was written or reviewed"));
        }

        return any ? row : null;
    }

    private static ImportedDate? DateCell(string text, int rowNumber, int ordinal, string what, List<ImportWarning> warnings)
    {
        var date = ImportedDate.Parse(text);
        if (date is null)
        {
            warnings.Add(Unreadable(rowNumber, ordinal, $"its {what} '{text}' could not be read; write it in the entry as YYYY-MM-DD (or a month, such as June 2023)"));
        }

        return date;
    }

    private static ImportWarning Unreadable(int rowNumber, int ordinal, string what) =>
        new(DiagnosticCodes.ImportHistoryRowUnreadable, $"row {rowNumber} of the review history: {what}.", ordinal);

    private static HistoryColumn[] Columns(IReadOnlyList<ImportedCell> header) => header.Select(c => Column(LooseLabel.Of(c.Text))).ToArray();

    private static HistoryColumn Column(string label)
    {
        bool Has(string word) => label.Contains(word, StringComparison.Ordinal);
        return label switch
        {
            _ when Has("implement") || Has("effective") || Has("in force") => HistoryColumn.Implemented,
            _ when Has("ratif") || Has("approv") || Has("adopt") => HistoryColumn.Ratified,
            _ when Has("version") || label is "ver" or "v" or "issue" => HistoryColumn.Version,
            _ when label is "by" or "by whom" or "author" or "reviewer" or "reviewed by" or "amended by" or "who" or "initials" || label.EndsWith(" by", StringComparison.Ordinal) => HistoryColumn.By,
            _ when Has("change") || Has("detail") || Has("description") || Has("summary") || Has("comment") || Has("amendment") || Has("reason") => HistoryColumn.Changes,
            _ when Has("date") || Has("review") => HistoryColumn.Date,
            _ => HistoryColumn.None,
        };
    }

    private sealed class HistoryRow
    {
        public VersionText? Version { get; set; }

        public ImportedDate? Date { get; set; }

        public string? By { get; set; }

        public string? Changes { get; set; }

        public ImportedDate? Ratified { get; set; }

        public ImportedDate? Implemented { get; set; }

        /// <summary>Whether any date cell had text, read or not.</summary>
        public bool DateWritten { get; set; }

        /// <summary>The entry's keys in the order the source format lists them; a version with no date of its own takes its ratification's.</summary>
        public List<KeyValuePair<string, object>> Entry(VersionText version)
        {
            var entry = new List<KeyValuePair<string, object>> { new("version", version.Number) };
            if (version.Label is { } label)
            {
                entry.Add(new("label", label));
            }

            if ((Date ?? Ratified ?? Implemented) is { } date)
            {
                entry.Add(new("date", date.ToSource()));
            }

            if (By is not null)
            {
                entry.Add(new("by", By));
            }

            if (Changes is not null)
            {
                entry.Add(new("changes", Changes));
            }

            if (Ratified is not null)
            {
                entry.Add(new("ratified", Ratified.ToSource()));
            }

            if (Implemented is not null)
            {
                entry.Add(new("implemented", Implemented.ToSource()));
            }

            return entry;
        }
    }
}
