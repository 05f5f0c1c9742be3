using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;

namespace PolicyKit.SignOff.Roster;

/// <summary>
/// Reads a roster CSV exported from a school's MIS. Bad rows never stop the import: each becomes a
/// <see cref="RosterProblem"/> at the line to change, and the good rows are kept.
/// </summary>
internal sealed class RosterCsvReader
{
    // A roster for a large trust is a few hundred kilobytes; anything far bigger is not a roster.
    private const int MaxBytes = 20 * 1024 * 1024;

    private readonly string _file;
    private readonly RosterImportOptions _options;
    private readonly List<RosterPerson> _people = [];
    private readonly List<RosterProblem> _problems = [];
    private readonly Dictionary<(string School, string Email), int> _emailLines = [];
    private readonly Dictionary<(string School, string StaffId), int> _staffIdLines = [];
    private bool _headerRejected;

    private RosterCsvReader(string file, RosterImportOptions options)
    {
        _file = file;
        _options = options;
    }

    /// <summary>Reads a roster file's bytes (UTF-8, with or without a byte order mark).</summary>
    /// <exception cref="SignOffException">The bytes are not a text file (a spreadsheet, a PDF) or cannot be read.</exception>
    public static RosterImport Read(Stream stream, string fileName, RosterImportOptions options)
    {
        var bytes = RosterFileBytes.ReadAll(stream, fileName, MaxBytes);
        RosterFileBytes.RejectBinary(bytes, fileName);
        string text;
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            throw new SignOffException(
                $"{fileName} is not UTF-8 text; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\", or export CSV (UTF-8) from the MIS", ex);
        }

        return Read(new StringReader(text), fileName, options);
    }

    /// <summary>Reads a roster from text that is already decoded.</summary>
    public static RosterImport Read(TextReader text, string fileName, RosterImportOptions options)
    {
        if (options.DefaultSchool is { } school && !options.Schools.Any(s => s.Id == school))
        {
            throw new ArgumentException($"The default school '{school}' is not one of the known schools.", nameof(options));
        }

        return new RosterCsvReader(fileName, options).ReadAll(text);
    }

    private RosterImport ReadAll(TextReader text)
    {
        var options = CsvReaderOptions.Default with
        {
            // MIS exports in the UK use commas; guessing the separator could split a name such as "Smith; Jo".
            Separator = ',',
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => Add((int)record.LineNumber, Malformed(record.Reason)),
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        reader.ReadHeader();
        var headers = reader.Headers.ToArray();
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            _headerRejected = true;
            Add(1, $"the file is empty; it needs a header row with the columns {RosterHeader.Expected}");
            return Result();
        }

        var header = RosterHeader.Parse(headers, schoolRequired: _options.DefaultSchool is null, out var headerProblem);
        if (header is null)
        {
            _headerRejected = true;
            Add(1, headerProblem!);
            return Result();
        }

        while (reader.Read())
        {
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = reader.GetString(i) ?? "";
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                // Spreadsheets export emptied rows as ",,,,": they are blank lines to a person.
                continue;
            }

            ReadRow(header, record, (int)reader.LineNumber);
        }

        // Problems of skipped malformed rows arrive out of line order.
        _problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return Result();
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote =>
            "a field opens a double quote that is never closed, so the rest of the file cannot be read; close the quote or remove it",
        CsvMalformedReason.FieldCountMismatch => "the row has a different number of fields from the header; check for a missing or extra comma",
        _ => "a field has a quote mark inside it; put the whole field in double quotes and double the quote mark (\"Jo \"\"JJ\"\" Smith\")",
    };

    private void ReadRow(RosterHeader header, IReadOnlyList<string> record, int line)
    {
        var name = RosterRowValues.Name(header, record);
        var email = header.Cell(record, RosterColumn.Email);
        var staffId = header.Cell(record, RosterColumn.StaffId);
        var school = ResolveSchool(header.Cell(record, RosterColumn.School), line);
        var problems = _problems.Count;

        if (name.Length == 0)
        {
            Add(line, "the name is empty; add the person's full name in the MIS or in the file");
        }

        if (email.Length == 0)
        {
            Add(line, "the email address is empty; add it in the MIS or in the file");
        }
        else if (!RosterEmail.IsValid(email))
        {
            Add(line, $"\"{email}\" is not an email address; correct it in the MIS or in the file");
        }
        else
        {
            email = email.ToLowerInvariant();
            if (school is not null && !_emailLines.TryAdd((school.Id, email), line))
            {
                Add(line, $"{email} is already on line {_emailLines[(school.Id, email)]} for {school.Id}; remove one of the two rows");
            }
        }

        // A row whose school is unknown already has its problem; its group cannot be looked up.
        string? groupProblem = null;
        var group = school is null ? null : RosterRowValues.Group(header, record, school, out groupProblem);
        if (groupProblem is not null)
        {
            Add(line, groupProblem);
        }

        if (staffId.Length > 0)
        {
            if (!staffId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                Add(line, $"staff id \"{staffId}\" may contain only letters, digits, '.', '_' and '-'; correct it in the MIS or in the file");
            }
            else if (school is not null && !_staffIdLines.TryAdd((school.Id, staffId), line))
            {
                // Staff ids are unique within one school's MIS; two schools of a trust may reuse a number.
                Add(line, $"staff id \"{staffId}\" is already on line {_staffIdLines[(school.Id, staffId)]} for {school.Id}; each person needs their own staff id");
            }
        }

        if (_problems.Count == problems && school is not null && group is not null)
        {
            var personId = staffId.Length > 0 ? staffId : EmailPersonId(email);
            _people.Add(new RosterPerson(school.Id, personId, name, email, group, staffId.Length > 0 ? staffId : null));
        }
    }

    private RosterSchool? ResolveSchool(string cell, int line)
    {
        var fallback = _options.DefaultSchool is { } id ? _options.Find(id) : null;
        if (cell.Length == 0)
        {
            if (fallback is null)
            {
                Add(line, $"the school is empty; use one of: {_options.Describe()}");
            }

            return fallback;
        }

        var known = _options.Find(cell);
        if (known is null)
        {
            Add(line, $"\"{cell}\" is not a school of this trust; use one of: {_options.Describe()}");
        }

        return known;
    }

    /// <summary>"e-" and the first 16 hex digits of SHA-256 of the lower-cased email: stable, and no address in ids or blob names.</summary>
    internal static string EmailPersonId(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant()));
        return "e-" + Convert.ToHexStringLower(hash)[..16];
    }

    private void Add(int line, string message) => _problems.Add(new RosterProblem(_file, line, message));

    private RosterImport Result() => new(_people, _problems, _headerRejected);
}
