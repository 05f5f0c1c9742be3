using System.Text;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Roster;

namespace PolicyKit.Tests.SignOff.Roster;

public sealed class RosterCsvReaderTests
{
    private static readonly RosterImportOptions TrustWide = new(new HashSet<string> { "oakfield-primary", "elm-academy" });
    private static readonly RosterImportOptions OneSchool = TrustWide with { DefaultSchool = "oakfield-primary" };

    private static RosterImport Read(string csv, RosterImportOptions? options = null) =>
        RosterCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "roster.csv", options ?? OneSchool);

    private static string[] Problems(RosterImport import) => import.Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Reads_people_with_canonical_groups_lower_case_emails_and_person_ids()
    {
        var import = Read("Name,Email,Group,Staff ID\nJo Smith, Jo.Smith@Oakfield.sch.uk ,Staff,S-101\nAl Green,al@oakfield.sch.uk,Governor,\n");

        Assert.False(import.HasProblems, string.Join('\n', Problems(import)));
        Assert.Equal(
            [
                new RosterPerson("oakfield-primary", "S-101", "Jo Smith", "jo.smith@oakfield.sch.uk", PersonGroups.Staff, "S-101"),
                new RosterPerson("oakfield-primary", RosterCsvReader.EmailPersonId("al@oakfield.sch.uk"), "Al Green", "al@oakfield.sch.uk", PersonGroups.Governors, null),
            ],
            import.People);
        Assert.Matches("^e-[0-9a-f]{16}$", import.People[1].PersonId);
    }

    [Theory]
    [InlineData("Full name,Email address,Role,staff_id")]
    [InlineData("NAME,E-mail,group,StaffId")]
    [InlineData("name , email , GROUP , Staff-ID")]
    public void Header_names_match_without_case_spaces_underscores_or_hyphens(string header)
    {
        var import = Read($"{header}\nJo Smith,jo@oakfield.sch.uk,staff,S1\n");

        Assert.Empty(import.Problems);
        Assert.Equal("S1", Assert.Single(import.People).StaffId);
    }

    [Fact]
    public void First_and_last_name_columns_stand_in_for_a_name_column()
    {
        var import = Read("First name,Last name,Email,Group\nJo,Smith,jo@oakfield.sch.uk,staff\n");

        Assert.Equal("Jo Smith", Assert.Single(import.People).Name);
    }

    [Fact]
    public void Reads_a_file_with_a_byte_order_mark_crlf_quoted_fields_and_blank_trailing_lines()
    {
        var csv = "Name,Email,Group\r\n\"Smith, Jo\",jo@oakfield.sch.uk,staff\r\n\"O'Neil \"\"Al\"\"\",al@oakfield.sch.uk,volunteer\r\n\r\n,,\r\n\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var import = RosterCsvReader.Read(new MemoryStream(bytes), "roster.csv", OneSchool);

        Assert.Empty(import.Problems);
        Assert.Equal(["Smith, Jo", "O'Neil \"Al\""], import.People.Select(p => p.Name));
    }

    [Fact]
    public void Problems_in_a_crlf_file_with_a_byte_order_mark_name_the_line_an_editor_shows()
    {
        var csv = "\uFEFFName,Email,Group\r\nJo,jo@oakfield.sch.uk,staff\r\n\r\nAl,al@,staff\r\n";

        var import = RosterCsvReader.Read(new StringReader(csv), "roster.csv", OneSchool);

        Assert.Equal(["roster.csv(4): \"al@\" is not an email address; correct it in the MIS or in the file"], Problems(import));
    }

    [Fact]
    public void A_quote_that_never_closes_is_a_problem_at_the_line_it_opens()
    {
        var import = Read("Name,Email,Group\nJo,jo@oakfield.sch.uk,staff\n\"Al,al@oakfield.sch.uk,staff\nBo,bo@oakfield.sch.uk,staff\n");

        Assert.Equal(["roster.csv(3): a field opens a double quote that is never closed, so the rest of the file cannot be read; close the quote or remove it"], Problems(import));
        Assert.Equal("Jo", Assert.Single(import.People).Name);
    }

    [Fact]
    public void A_quoted_field_over_two_lines_moves_later_problems_to_their_physical_line()
    {
        var import = Read("Name,Email,Group\n\"Jo\nSmith\",jo@oakfield.sch.uk,staff\nAl,al@,staff\n");

        Assert.Equal(["roster.csv(4): \"al@\" is not an email address; correct it in the MIS or in the file"], Problems(import));
    }

    [Fact]
    public void A_name_that_looks_like_a_formula_is_kept_as_typed()
    {
        var import = Read("Name,Email,Group\n=Bob,bob@oakfield.sch.uk,staff\n");

        Assert.Equal("=Bob", Assert.Single(import.People).Name);
    }

    [Fact]
    public void A_bad_email_is_a_problem_at_its_line()
    {
        var import = Read("Name,Email,Group\nA,a@oakfield.sch.uk,staff\nB,b@oakfield.sch.uk,staff\nC,c@oakfield.sch.uk,staff\nD,d@oakfield.sch.uk,staff\nE,e@oakfield.sch.uk,staff\nJo Smith,jo.smith@,staff\n");

        Assert.Equal(["roster.csv(7): \"jo.smith@\" is not an email address; correct it in the MIS or in the file"], Problems(import));
        Assert.Equal(5, import.People.Count);
    }

    [Theory]
    [InlineData("jo smith@oakfield.sch.uk")]
    [InlineData("jo@localhost")]
    [InlineData("Jo <jo@oakfield.sch.uk>")]
    [InlineData("jo@@oakfield.sch.uk")]
    [InlineData("jo@oakfield..sch.uk")]
    public void Addresses_a_mail_server_would_refuse_are_not_emails(string email)
    {
        var import = Read($"Name,Email,Group\nJo,\"{email}\",staff\n");

        Assert.Equal([$"roster.csv(2): \"{email}\" is not an email address; correct it in the MIS or in the file"], Problems(import));
    }

    [Fact]
    public void An_empty_name_or_email_is_a_problem()
    {
        var import = Read("Name,Email,Group\n,jo@oakfield.sch.uk,staff\nAl,,staff\n");

        Assert.Equal(
            [
                "roster.csv(2): the name is empty; add the person's full name in the MIS or in the file",
                "roster.csv(3): the email address is empty; add it in the MIS or in the file",
            ],
            Problems(import));
    }

    [Fact]
    public void The_same_email_twice_in_one_school_names_the_first_line()
    {
        var import = Read("Name,Email,Group\nJo,jo@oakfield.sch.uk,staff\nAl,al@oakfield.sch.uk,staff\nJoanne,JO@oakfield.sch.uk,governor\n");

        Assert.Equal(["roster.csv(4): jo@oakfield.sch.uk is already on line 2 for oakfield-primary; remove one of the two rows"], Problems(import));
        Assert.Equal(2, import.People.Count);
    }

    [Fact]
    public void The_same_email_in_two_schools_is_two_people()
    {
        var import = Read("Name,Email,Group,School\nJo,jo@trust.org.uk,governor,oakfield-primary\nJo,jo@trust.org.uk,governor,elm-academy\n", TrustWide);

        Assert.Empty(import.Problems);
        Assert.Equal(2, import.People.Count);
    }

    [Fact]
    public void The_same_staff_id_twice_names_the_first_line()
    {
        var import = Read("Name,Email,Group,Staff ID\nJo,jo@oakfield.sch.uk,staff,S1\nAl,al@oakfield.sch.uk,staff,S1\n");

        Assert.Equal(["roster.csv(3): staff id \"S1\" is already on line 2 for oakfield-primary; each person needs their own staff id"], Problems(import));
    }

    [Fact]
    public void A_staff_id_with_other_characters_is_a_problem()
    {
        var import = Read("Name,Email,Group,Staff ID\nJo,jo@oakfield.sch.uk,staff,S 1/2\n");

        Assert.Equal(["roster.csv(2): staff id \"S 1/2\" may contain only letters, digits, '.', '_' and '-'; correct it in the MIS or in the file"], Problems(import));
    }

    [Fact]
    public void An_unknown_group_lists_the_accepted_groups()
    {
        var import = Read("Name,Email,Group\nJo,jo@oakfield.sch.uk,Teacher\nAl,al@oakfield.sch.uk,\n");

        Assert.Equal(
            [
                "roster.csv(2): \"Teacher\" is not a group; use staff, governors or volunteers",
                "roster.csv(3): the group is empty; use staff, governors or volunteers",
            ],
            Problems(import));
    }

    [Fact]
    public void An_unknown_school_names_the_known_schools()
    {
        var import = Read("Name,Email,Group,School\nJo,jo@oakfield.sch.uk,staff,Oakfeld\nAl,al@oakfield.sch.uk,staff,\n", TrustWide);

        Assert.Equal(
            [
                "roster.csv(2): \"Oakfeld\" is not a school of this trust; use one of: elm-academy, oakfield-primary",
                "roster.csv(3): the school is empty; use one of: elm-academy, oakfield-primary",
            ],
            Problems(import));
    }

    [Fact]
    public void A_school_column_is_matched_without_case_and_an_empty_cell_takes_the_default_school()
    {
        var import = Read("Name,Email,Group,School\nJo,jo@elm.sch.uk,staff,ELM-ACADEMY\nAl,al@oakfield.sch.uk,staff,\n");

        Assert.Empty(import.Problems);
        Assert.Equal(["elm-academy", "oakfield-primary"], import.People.Select(p => p.School));
    }

    [Fact]
    public void A_trust_wide_import_needs_a_school_column()
    {
        var import = Read("Name,Email,Group\nJo,jo@oakfield.sch.uk,staff\n", TrustWide);

        Assert.Equal(
            [
                "roster.csv(1): the header has no school column; it has \"Name\", \"Email\", \"Group\". Expected columns: " +
                "name (or first name and last name), email, group, and optionally staff id and school " +
                "(school is required because this import is for more than one school)",
            ],
            Problems(import));
        Assert.Empty(import.People);
    }

    [Fact]
    public void A_missing_required_column_is_one_problem_at_line_1_and_no_row_is_read()
    {
        var import = Read("Forename,Mail,Department\nJo,jo@oakfield.sch.uk,staff\nAl,al@,x\n");

        Assert.Equal(
            [
                "roster.csv(1): the header has no name, email, group columns; it has \"Forename\", \"Mail\", \"Department\". " +
                "Expected columns: name (or first name and last name), email, group, and optionally staff id and school",
            ],
            Problems(import));
        Assert.Empty(import.People);
    }

    [Fact]
    public void An_empty_file_is_a_problem_at_line_1()
    {
        var import = Read("");

        Assert.Equal(["roster.csv(1): the file is empty; it needs a header row with the columns name (or first name and last name), email, group, and optionally staff id and school"], Problems(import));
    }

    [Fact]
    public void A_stray_quote_skips_only_its_row()
    {
        var import = Read("Name,Email,Group\nJo \"JJ\" Smith,jo@oakfield.sch.uk,staff\nAl,al@oakfield.sch.uk,staff\n");

        Assert.Equal(["roster.csv(2): a field has a quote mark inside it; put the whole field in double quotes and double the quote mark (\"Jo \"\"JJ\"\" Smith\")"], Problems(import));
        Assert.Equal("Al", Assert.Single(import.People).Name);
    }

    [Fact]
    public void A_spreadsheet_is_refused_with_how_to_save_it_as_csv()
    {
        var bytes = "PK\u0003\u0004rest of a zip"u8.ToArray();

        var error = Assert.Throws<SignOffException>(() => RosterCsvReader.Read(new MemoryStream(bytes), "roster.xlsx", OneSchool));

        Assert.Equal("roster.xlsx is a spreadsheet, not a CSV file; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited)\" and import that file", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        var bytes = "Name,Email,Group\nZo\u00eb,zoe@oakfield.sch.uk,staff\n"u8.ToArray();
        bytes = [.. bytes.Take(19), 0xEB, .. bytes.Skip(21)]; // "ë" as Windows-1252 writes it

        var error = Assert.Throws<SignOffException>(() => RosterCsvReader.Read(new MemoryStream(bytes), "roster.csv", OneSchool));

        Assert.StartsWith("roster.csv is not UTF-8 text", error.Message);
    }
}
