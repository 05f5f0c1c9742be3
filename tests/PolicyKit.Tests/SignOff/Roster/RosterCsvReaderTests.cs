using System.Text;
using PolicyKit.SignOff;
using PolicyKit.SignOff.Roster;

namespace PolicyKit.Tests.SignOff.Roster;

public sealed class RosterCsvReaderTests
{
    private static readonly RosterImportOptions TrustWide = new([new RosterSchool("oakfield-primary", "Oakfield Primary School"), new RosterSchool("elm-academy", "Elm Academy")]);
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
                "roster.csv(2): \"Teacher\" (Group) is not a group or a job role in the roster-groups table for oakfield-primary; add the role under " +
                "'roster-groups:' in trust.yaml or the school's school.yaml (e.g. \"teacher: staff\") and publish, or put staff, governors or volunteers in the file",
                "roster.csv(3): the group or job role is empty; use staff, governors or volunteers, or a job role listed under 'roster-groups:' in trust.yaml or the school's school.yaml",
            ],
            Problems(import));
    }

    [Fact]
    public void An_unknown_school_names_the_known_schools()
    {
        var import = Read("Name,Email,Group,School\nJo,jo@oakfield.sch.uk,staff,Oakfeld\nAl,al@oakfield.sch.uk,staff,\n", TrustWide);

        Assert.Equal(
            [
                "roster.csv(2): \"Oakfeld\" is not a school of this trust; use one of: elm-academy (Elm Academy), oakfield-primary (Oakfield Primary School)",
                "roster.csv(3): the school is empty; use one of: elm-academy (Elm Academy), oakfield-primary (Oakfield Primary School)",
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
                "roster.csv(1): the header has no school column. The columns found are \"Name\", \"Email\", \"Group\". " +
                "A school column may be headed School, School Name, Establishment, Establishment Name, Academy; it is needed because " +
                "no school was chosen for the whole file (choose one to import a single school's export).",
            ],
            Problems(import));
        Assert.Empty(import.People);
        Assert.True(import.HeaderRejected);
    }

    [Fact]
    public void A_missing_column_names_the_columns_found_and_the_spellings_accepted()
    {
        var import = Read("Forename,Mail,Department\nJo,jo@oakfield.sch.uk,staff\nAl,al@,x\n");

        Assert.Equal(
            [
                "roster.csv(1): the header has no name, email, group or job role columns. The columns found are \"Forename\", \"Mail\", \"Department\". " +
                "A name column may be headed Name, Full Name; or give a first-name column (Preferred Forename, Preferred First Name, Known As, " +
                "Legal Forename, Legal First Name, Forename, First Name, Given Name) and a last-name column (Preferred Surname, Preferred Last Name, " +
                "Legal Surname, Legal Last Name, Surname, Last Name, Family Name). " +
                "An email column may be headed Work Email, Work Email Address, Email Address (Work), Email (Work), School Email, Email, Email Address. " +
                "A group or job role column may be headed Group, Role, Job Role, Job Title, Post, Post Title, Business Role, Staff Category, Staff Type.",
            ],
            Problems(import));
        Assert.Empty(import.People);
        Assert.True(import.HeaderRejected);
    }

    [Fact]
    public void A_file_with_no_recognised_column_says_it_may_not_be_a_staff_export()
    {
        var import = Read("Pupil,Year,Tutor Group\nAmy,7,7B\n");

        var problem = Assert.Single(import.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith(
            "none of the header's columns is one a roster needs, so this may not be the staff list exported from the MIS. " +
            "The columns found are \"Pupil\", \"Year\", \"Tutor Group\". A name column may be headed Name, Full Name;",
            problem.Message);
        Assert.DoesNotContain("skip", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Two_columns_that_mean_the_same_are_a_header_problem()
    {
        var import = Read("Name,Email,E-mail,Group\nJo,jo@oakfield.sch.uk,jo@oakfield.sch.uk,staff\n");

        Assert.Equal(["roster.csv(1): the header has both \"Email\" and \"E-mail\", which mean the same; keep one of the two columns"], Problems(import));
        Assert.True(import.HeaderRejected);
    }

    [Fact]
    public void An_empty_file_is_a_problem_at_line_1()
    {
        var import = Read("");

        Assert.Equal(["roster.csv(1): the file is empty; it needs a header row with the columns name (or first name and last name), email, group or job role, and optionally staff id and school"], Problems(import));
        Assert.True(import.HeaderRejected);
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
