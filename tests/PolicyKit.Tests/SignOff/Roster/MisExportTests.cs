using System.Text;
using PolicyKit.SignOff.Roster;

namespace PolicyKit.Tests.SignOff.Roster;

/// <summary>Staff lists as SIMS, Arbor and Bromcom export them, read with a trust's job-role table.</summary>
public sealed class MisExportTests
{
    private static readonly Dictionary<string, string> TrustRoles = new()
    {
        ["teacher"] = "staff",
        ["teaching assistant"] = "staff",
        ["cover supervisor"] = "staff",
        ["governor"] = "governors",
        ["volunteer"] = "volunteers",
        ["support staff"] = "staff",
    };

    private static readonly RosterImportOptions Millbrook = new(
        [new RosterSchool("millbrook", "Millbrook School", TrustRoles), new RosterSchool("oakhurst", "Oakhurst Primary Academy", TrustRoles)],
        DefaultSchool: "millbrook");

    private static RosterImport Read(byte[] bytes, RosterImportOptions? options = null) =>
        RosterCsvReader.Read(new MemoryStream(bytes), "staff.csv", options ?? Millbrook);

    private static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    private static void AssertNoProblems(RosterImport import) =>
        Assert.True(!import.HasProblems, string.Join('\n', import.Problems));

    [Fact]
    public void A_sims_export_with_a_byte_order_mark_and_crlf_uses_preferred_names_employee_numbers_and_job_roles()
    {
        var csv = "Legal Surname,Legal Forename,Preferred Forename,Preferred Surname,Staff Code,Employee Number,Role,Work Email,Personal Email\r\n" +
            "Okafor,Chinedu,Chi,,COK,100234,Teacher,C.Okafor@millbrook.example,chi@home.example\r\n" +
            "Hughes,Margaret,,Hughes-Bell,MHU,100981,Teaching Assistant,m.hughes@millbrook.example,\r\n" +
            "Pryce,Graham,,,GPR,,Governor,g.pryce@millbrook.example,\r\n";

        var import = Read(Utf8(csv, bom: true));

        AssertNoProblems(import);
        Assert.Equal(
            [
                new RosterPerson("millbrook", "100234", "Chi Okafor", "c.okafor@millbrook.example", "staff", "100234"),
                new RosterPerson("millbrook", "100981", "Margaret Hughes-Bell", "m.hughes@millbrook.example", "staff", "100981"),
                new RosterPerson("millbrook", "GPR", "Graham Pryce", "g.pryce@millbrook.example", "governors", "GPR"),
            ],
            import.People);
    }

    [Fact]
    public void An_arbor_export_takes_the_first_role_column_that_names_a_group_and_the_school_by_its_name()
    {
        var csv = "Staff ID,Legal First Name,Legal Last Name,Preferred First Name,Preferred Last Name,Work Email Address,Email Address,Job Title,Business Role,School\n" +
            "4471,Aisha,Begum,,,a.begum@oakhurst.example,aisha@home.example,Teacher of Science,Teacher,Oakhurst Primary Academy\n" +
            "4472,Robert,Lane,Rob,,,r.lane@oakhurst.example,Cover Supervisor,Support Staff,oakhurst primary academy\n" +
            "4473,Eleanor,Shaw,Ellie,,e.shaw@millbrook.example,,Volunteer,,millbrook\n";

        var import = Read(Utf8(csv), Millbrook with { DefaultSchool = null });

        AssertNoProblems(import);
        Assert.Equal(
            [
                new RosterPerson("oakhurst", "4471", "Aisha Begum", "a.begum@oakhurst.example", "staff", "4471"),
                new RosterPerson("oakhurst", "4472", "Rob Lane", "r.lane@oakhurst.example", "staff", "4472"),
                new RosterPerson("millbrook", "4473", "Ellie Shaw", "e.shaw@millbrook.example", "volunteers", "4473"),
            ],
            import.People);
    }

    [Fact]
    public void A_bromcom_export_with_quoted_headers_crlf_and_a_home_email_reads_the_work_address()
    {
        var csv = "\"Staff Code\",\"Title\",\"Forename\",\"Surname\",\"Preferred Forename\",\"Email Address (Work)\",\"Email Address (Home)\",\"Post\",\"Staff Category\",\"Establishment\"\r\n" +
            "\"JWA1\",\"Mr\",\"James\",\"Walker\",\"Jim\",\"j.walker@millbrook.example\",\"jim@home.example\",\"Teacher\",\"Teaching Staff\",\"Millbrook School\"\r\n" +
            "\"SPA1\",\"Ms\",\"Sara\",\"Patel\",\"\",\"s.patel@millbrook.example\",\"\",\"Lunchtime Volunteer\",\"Volunteer\",\"Millbrook School\"\r\n";

        var import = Read(Utf8(csv, bom: true), Millbrook with { DefaultSchool = null });

        AssertNoProblems(import);
        Assert.Equal(
            [
                new RosterPerson("millbrook", "JWA1", "Jim Walker", "j.walker@millbrook.example", "staff", "JWA1"),
                new RosterPerson("millbrook", "SPA1", "Sara Patel", "s.patel@millbrook.example", "volunteers", "SPA1"),
            ],
            import.People);
    }

    [Fact]
    public void A_job_role_matches_its_table_line_whatever_the_case_spacing_or_punctuation()
    {
        var import = Read(Utf8("Name,Email,Job Title\nJo Smith,jo@millbrook.example,TEACHING-ASSISTANT\nAl Green,al@millbrook.example,  teaching   assistant \n"));

        AssertNoProblems(import);
        Assert.Equal(["staff", "staff"], import.People.Select(p => p.Group));
    }

    [Fact]
    public void A_school_table_line_wins_over_the_group_name_it_spells()
    {
        var roles = new Dictionary<string, string> { ["staff"] = "volunteers" };
        var options = new RosterImportOptions([new RosterSchool("millbrook", "Millbrook School", roles)], "millbrook");

        var import = Read(Utf8("Name,Email,Group\nJo,jo@millbrook.example,Staff\nAl,al@millbrook.example,Governor\n"), options);

        Assert.Equal(["volunteers", "governors"], import.People.Select(p => p.Group));
    }

    [Fact]
    public void An_unmapped_job_role_is_a_problem_at_its_line_saying_how_to_add_it()
    {
        var csv = "Preferred Forename,Surname,Work Email,Job Title,Staff Category\nChi,Okafor,chi@millbrook.example,Teacher,\nBo,Reed,bo@millbrook.example,Site Technician,Premises\n";

        var import = Read(Utf8(csv));

        Assert.Equal(
            [
                "staff.csv(3): \"Site Technician\" (Job Title) or \"Premises\" (Staff Category) is not a group or a job role in the roster-groups table for millbrook; " +
                "add the role under 'roster-groups:' in trust.yaml or the school's school.yaml (e.g. \"site technician: staff\") and publish, " +
                "or put staff, governors or volunteers in the file",
            ],
            import.Problems.Select(p => p.ToString()));
        Assert.Equal("Chi Okafor", Assert.Single(import.People).Name);
        Assert.False(import.HeaderRejected);
    }

    [Theory]
    [InlineData("Millbrook School")]
    [InlineData("MILLBROOK")]
    [InlineData("millbrook-school")]
    public void The_school_column_accepts_the_school_s_id_or_name(string cell)
    {
        var import = Read(Utf8($"Name,Email,Group,School\nJo,jo@millbrook.example,staff,{cell}\n"), Millbrook with { DefaultSchool = null });

        AssertNoProblems(import);
        Assert.Equal("millbrook", Assert.Single(import.People).School);
    }

    [Fact]
    public void Every_spelling_in_the_table_is_recognised_and_no_two_clash()
    {
        foreach (var spelling in RosterSpellings.All)
        {
            Assert.Same(spelling, RosterSpellings.Find(spelling.Header.ToUpperInvariant().Replace(' ', '_')));
        }
    }

    [Fact]
    public void Every_spelling_is_listed_in_the_sign_off_guide()
    {
        var guide = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "docs", "sign-off.md"));

        Assert.All(RosterSpellings.All, s => Assert.Contains($"`{s.Header}`", guide, StringComparison.Ordinal));
    }
}
