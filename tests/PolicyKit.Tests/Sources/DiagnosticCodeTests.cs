using System.Globalization;
using PolicyKit.Generator.Building;
using PolicyKit.Import.Recognition;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Import.Recognition;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>One test per diagnostic code: each pins the file, line, column and message a person sees.</summary>
public sealed class DiagnosticCodeTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void The_example_fixture_has_no_diagnostics()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.Empty(diagnostics);
        Assert.Single(compilation!.Documents);
    }

    [Fact]
    public void PK0901_a_redline_needs_a_history_entry_for_the_new_version()
    {
        var old = Path.Combine(_trust.Root, "..", Path.GetFileName(_trust.Root) + "-old");
        CliRun.CopyFolder(_trust.Root, old);
        try
        {
            var history = TrustFixture.PolicyMd.IndexOf("version-history:", StringComparison.Ordinal);
            var path = _trust.Write("passwords.md", TrustFixture.PolicyMd[..history] + TrustFixture.PolicyMd[TrustFixture.PolicyMd.IndexOf("---\n#", StringComparison.Ordinal)..]);
            var diagnostics = new DiagnosticBag();
            var result = Generator.Redlining.RedlineRunner.Run(new Generator.Redlining.RedlineOptions(old, _trust.Root, "passwords", "alder", new DateOnly(2026, 1, 1)) { OutputRoot = _trust.OutputRoot }, diagnostics, CancellationToken.None);

            Assert.Null(result);
            Assert.Equal($"{path}(2,5): error PK0901: the new version has no 'version-history' entry; add one: its 'by' and 'date' are the author and date of the tracked changes.", Assert.Single(diagnostics).ToString());
            Assert.False(Directory.Exists(_trust.OutputRoot));
        }
        finally
        {
            Directory.Delete(old, recursive: true);
        }
    }

    [Fact]
    public void PK0902_a_version_asked_for_by_number_needs_the_policy_folder_to_be_in_git()
    {
        var path = _trust.DisplayPath("passwords.md");
        var folder = PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(_trust.Root);
        AssertSingleFromHistory("0.9", PolicyKit.Generator.History.GitCommand.DefaultExecutable, $"{path}: error PK0902: '{folder}' is not in a git repository, so it has no earlier versions to read; compare two folders with --from-sources and --to-sources instead.");
    }

    [Fact]
    public void PK0903_a_version_asked_for_by_number_needs_git_installed()
    {
        var path = _trust.DisplayPath("passwords.md");
        AssertSingleFromHistory("0.9", "policykit-tests-no-such-git", $"{path}: error PK0903: git is not installed, so version 0.9 cannot be read from the policy's history; install it (sudo apt-get install -y git), or compare two folders with --from-sources and --to-sources.");
    }

    [Fact]
    public void PK0904_a_version_not_in_the_history_is_named_with_the_versions_there()
    {
        GitRepository.Init(_trust.Root);
        GitRepository.CommitAll(_trust.Root, "First version");
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n" + Entry("1.1", "2026-01-05", string.Empty), StringComparison.Ordinal));
        var path = _trust.DisplayPath("passwords.md");
        AssertSingleFromHistory("0.9", PolicyKit.Generator.History.GitCommand.DefaultExecutable, $"{path}: error PK0904: version 0.9 is not in the policy's git history: its commits have versions 1.0, and the working folder has 1.1 (a commit's version is the newest entry of its version-history).");
    }

    [Fact]
    public void PK0905_a_version_asked_for_by_number_needs_the_policy_committed()
    {
        GitRepository.Init(_trust.Root);
        var path = _trust.DisplayPath("passwords.md");
        AssertSingleFromHistory("0.9", PolicyKit.Generator.History.GitCommand.DefaultExecutable, $"{path}: error PK0905: {path} has never been committed to git, so it has no version 0.9 to compare; commit it first, or compare two folders with --from-sources and --to-sources.");
    }

    [Fact]
    public void PK0906_a_version_whose_commit_git_cannot_export_names_the_commit_and_what_to_do()
    {
        GitRepository.Init(_trust.Root);
        GitRepository.CommitAll(_trust.Root, "First version");
        var commit = GitRepository.Read(_trust.Root, "rev-parse", "HEAD");
        var blob = GitRepository.Read(_trust.Root, "rev-parse", "HEAD:schools/alder/school.yaml");
        File.Delete(Path.Combine(_trust.Root, ".git", "objects", blob[..2], blob[2..]));
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n" + Entry("1.1", "2026-01-05", string.Empty), StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.Null(PolicyKit.Generator.History.PolicyHistory.Checkout(_trust.Root, "passwords", "1.0", diagnostics, CancellationToken.None));

        // git's own reason, in the brackets, is worded by git and differs between its versions.
        var message = Assert.Single(diagnostics).ToString();
        Assert.StartsWith($"passwords.md (at 1.0, commit {commit[..7]}): error PK0906: git found version 1.0 in commit {commit[..7]} but could not export that commit's files (", message, StringComparison.Ordinal);
        Assert.EndsWith("). Check the repository with 'git fsck'; in a shallow or partial clone, fetch the full history ('git fetch --unshallow') or clone it again. Or compare two folders with --from-sources and --to-sources.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void PK0001_missing_logo_names_the_line_that_names_it()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlogo: crest.png");
        var logo = _trust.DisplayPath("schools/alder/crest.png");
        AssertSingle($"{path}(12,7): error PK0001: the logo '{logo}' does not exist; check the path, which is relative to the file that names it.");
    }

    [Fact]
    public void PK0002_unreadable_policy_file_is_reported_not_thrown()
    {
        var link = Path.Combine(_trust.Root, "loop.md");
        File.CreateSymbolicLink(link, link);
        var (_, diagnostics) = _trust.Compile();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable, diagnostic.Code);
        Assert.StartsWith($"{_trust.DisplayPath("loop.md")}: error PK0002: cannot read the file:", diagnostic.ToString());
    }

    [Fact]
    public void PK0003_folder_without_policies_is_a_warning()
    {
        _trust.Delete("passwords.md");
        AssertSingle($"{_trust.DisplayPath("")}: warning PK0003: the policy folder has no policies; add a file such as 'data-protection.md'.", trim: true);
    }

    [Fact]
    public void PK0101_yaml_syntax_error_points_at_the_fault()
    {
        var path = _trust.Write("trust.yaml", "name: Test Trust\nwebsite: [unclosed\n");
        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(path, diagnostic.Span.File);
        Assert.Equal(4, diagnostic.Span.Line);
        Assert.StartsWith("YAML syntax error:", diagnostic.Message);
    }

    [Fact]
    public void PK0102_misspelt_key_suggests_the_right_one()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml.Replace("motto:", "mottto:"));
        AssertSingle($"{path}(3,1): error PK0102: unknown key 'mottto' in school.yaml (did you mean 'motto'?).");
    }

    [Fact]
    public void PK0103_missing_required_key()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("title: Passwords\n", ""));
        AssertSingle($"{path}(2,1): error PK0103: missing required key 'title'.");
    }

    [Fact]
    public void PK0104_invalid_value_lists_the_choices()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nnumbering: decimall");
        AssertSingle($"{path}(12,12): error PK0104: 'numbering' must be alpha (1. a. i.), decimal (1.1.1) or unnumbered, not 'decimall' (did you mean 'decimal'?).");
    }

    [Fact]
    public void PK0105_school_id_must_match_its_folder()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml.Replace("id: alder", "id: alder-school"));
        AssertSingle($"{path}(1,5): error PK0105: school id 'alder-school' must match its folder name 'alder'; rename one of them.");
    }

    [Fact]
    public void PK0105_a_policy_cannot_take_the_index_page_name()
    {
        var path = _trust.Write("index.md", TrustFixture.PolicyMd.Replace("id: passwords", "id: index"));
        AssertSingle($"{path}(2,5): error PK0105: a policy cannot be called 'index': that name is kept for each school's index page; rename the file and its id.");
    }

    [Fact]
    public void PK0001_missing_trust_logo_stops_the_build_before_anything_is_written()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nlogo: trust-logo.png");
        var (result, diagnostics) = _trust.Build();
        Assert.Null(result);
        Assert.Equal($"{path}(15,7): error PK0001: the logo '{_trust.DisplayPath("trust-logo.png")}' does not exist; check the path, which is relative to the file that names it.", Assert.Single(diagnostics).ToString());
        Assert.False(Directory.Exists(_trust.OutputRoot));
    }

    [Fact]
    public void PK0106_policy_without_front_matter()
    {
        var path = _trust.Write("extra.md", "# Just a heading\n");
        AssertSingle($"{path}(1,1): error PK0106: a policy must start with front matter: a line '---', the policy's 'key: value' lines (id, title, …), then another '---'.");
    }

    [Fact]
    public void PK0107_a_job_role_given_a_group_that_does_not_exist_suggests_the_nearest()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nroster-groups:\n  teacher: staff\n  teaching assistant: staf");
        AssertSingle($"{path}(17,23): error PK0107: job role 'teaching assistant' is given the group 'staf', which does not exist (did you mean 'staff'?); use staff, governors or volunteers.");
    }

    [Fact]
    public void PK0107_one_job_role_listed_twice_in_a_school_names_the_first_line()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nroster-groups:\n  Teaching Assistant: staff\n  teaching-assistant: volunteers");
        AssertSingle($"{path}(14,3): error PK0107: job role 'teaching-assistant' is the same role as 'teaching assistant' on line 13 (case, spaces and punctuation do not count); keep one of the two lines.");
    }

    [Fact]
    public void PK0108_a_review_reminder_threshold_that_is_not_a_number_of_days_says_what_to_write()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nreview-reminders:\n  before-days: [60, 30, a week]");
        AssertSingle($"{path}(16,25): error PK0108: 'before-days' must list whole numbers of days from 0 to 366, such as [60, 30, 7]; 'a week' is not one.");
    }

    [Fact]
    public void PK0201_template_syntax_error_is_on_the_policy_line()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("2. Never share a password.", "2. Never {{ if }} share a password."));
        var diagnostic = _trust.Compile().Diagnostics.First();
        Assert.Equal(DiagnosticCodes.TemplateSyntax, diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 21, 16), diagnostic.Span);
        Assert.StartsWith("template syntax error: Error while parsing if statement: Expecting <expression>", diagnostic.Message);
    }

    [Fact]
    public void PK0202_unknown_variable_suggests_the_right_name()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("{{ school.name }}", "{{ school.nmae }}"));
        AssertSingle($"{path}(20,27): error PK0202: unknown variable 'school.nmae' (did you mean 'school.name'?).");
    }

    [Fact]
    public void PK0203_unknown_role_suggests_the_right_role()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("roles.data_protection_officer", "roles.data_protection_oficer"));
        AssertSingle($"{path}(26,39): error PK0203: unknown role 'roles.data_protection_oficer' (did you mean 'roles.data_protection_officer'?); add 'data-protection-oficer' under 'roles:' in trust.yaml or correct the name.");
    }

    [Fact]
    public void PK0203_unknown_owner_role()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("owner-role: director-of-operations", "owner-role: director-of-operation"));
        AssertSingle($"{path}(6,13): error PK0203: owner role 'director-of-operation' is not defined (did you mean 'director-of-operations'?); add it under 'roles:' in trust.yaml.");
    }

    [Fact]
    public void PK0204_unknown_setting_in_a_template()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("settings.password_min_length", "settings.pasword_min_length"));
        AssertSingle($"{path}(20,61): error PK0204: unknown setting 'settings.pasword_min_length' (did you mean 'settings.password_min_length'?); declare 'pasword-min-length' under 'settings:' in trust.yaml or correct the name.");
    }

    [Fact]
    public void PK0204_school_may_only_change_settings_the_trust_declares()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml.Replace("password-min-length: 6", "pasword-min-length: 6"));
        AssertSingle($"{path}(11,3): error PK0204: unknown setting 'pasword-min-length' (did you mean 'password-min-length'?); a school may only change settings that trust.yaml declares.");
    }

    [Fact]
    public void PK0205_template_runtime_error_names_the_school()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n{{ for i in 1..5000 }}x{{ end }}\n");
        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 27, 14), diagnostic.Span);
        Assert.EndsWith("(for Alder School).", diagnostic.Message);
    }

    [Fact]
    public void PK0301_duplicate_clause_id_names_the_first_use()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("{#report}", "{#length}"));
        AssertSingle($"{path}(26,1): error PK0301: clause id 'length' is already used at line 20; give this clause a different id.");
    }

    [Fact]
    public void PK0302_override_naming_a_missing_clause_suggests_one()
    {
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "changes:\n  - remove: sharin\n");
        AssertSingle($"{path}(2,13): error PK0302: 'passwords' has no clause 'sharin' at Alder School (did you mean 'sharing'?); use an id written as {{#…}} in {_trust.DisplayPath("passwords.md")}.");
    }

    [Fact]
    public void PK0303_clause_id_must_be_kebab_case()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("{#report}", "{#Report_Loss}"));
        AssertSingle($"{path}(26,1): error PK0303: clause id 'Report_Loss' must be lower-case letters, digits and hyphens, starting with a letter (e.g. 'screen-lock').");
    }

    [Fact]
    public void PK0304_override_for_a_policy_that_does_not_exist()
    {
        var path = _trust.Write("schools/alder/overrides/pasword.yaml", "changes:\n  - remove: sharing\n");
        AssertSingle($"{path}(1,1): error PK0304: there is no policy 'pasword' (did you mean 'passwords'?); name the override file after a policy file, e.g. 'information-security.yaml'.");
    }

    [Fact]
    public void PK0305_link_to_a_missing_clause_points_at_the_link()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("Never share a password.", "Never share a password (see [length](#lenght))."));
        AssertSingle($"{path}(21,32): error PK0305: the link '#lenght' points at no clause in this policy (did you mean 'length'?).");
    }

    [Fact]
    public void PK0306_link_that_is_not_a_full_address_is_a_warning_at_the_link()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("Never share a password.", "Never share a password ([guide](www.ncsc.example))."));
        AssertSingle($"{path}(21,28): warning PK0306: the link 'www.ncsc.example' is not a full web or email address, so it is shown as plain text; write it as https://… or mailto:….");
    }

    [Fact]
    public void PK0401_related_policy_that_does_not_exist()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("review-cycle: annual", "review-cycle: annual\nrelated: [data-protection]"));
        AssertSingle($"{path}(9,11): error PK0401: related policy 'data-protection' does not exist; use the id of a policy file in {Path.GetFileName(_trust.Root)}/.");
    }

    [Fact]
    public void PK0402_logo_that_is_not_an_image()
    {
        _trust.Write("schools/alder/crest.png", "not a picture");
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlogo: crest.png");
        AssertSingle($"{path}(12,7): error PK0402: the logo 'crest.png' is not a PNG or JPEG image; export it as PNG.");
    }

    [Fact]
    public void PK0403_reference_document_that_is_not_a_docx()
    {
        _trust.Write("brand.docx", "not a document");
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nreference-doc: brand.docx");
        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);
        Assert.Equal(new SourceSpan(path, 15, 16), diagnostic.Span);
        Assert.Equal(DiagnosticCodes.InvalidReferenceDocument, diagnostic.Code);
        Assert.StartsWith($"the reference document '{_trust.DisplayPath("brand.docx")}' cannot be used:", diagnostic.Message);
    }

    [Fact]
    public void PK0501_missing_review_date_and_cycle_is_an_error()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01\n", "").Replace("review-cycle: annual\n", ""));
        AssertSingle($"{path}(2,1): error PK0501: the policy has no 'next-review' date and no 'review-cycle' to work one out from; add 'review-cycle: annual', or 'next-review: 2026-09-01'.");
    }

    [Fact]
    public void PK0501_a_cycle_with_no_ratified_version_to_count_from_is_an_error()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01\n", "").Replace("    ratified: 2025-09-03\n", "    status: proposed\n"));
        AssertSingle($"{path}(2,1): error PK0501: the policy has no 'next-review' date, and no version ratified at Alder School to count the review cycle from; add 'next-review: YYYY-MM-DD' until a version is ratified.");
    }

    [Fact]
    public void PK0502_review_date_in_the_past_is_a_warning()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("next-review: 2030-09-01", "next-review: 2026-09-01"));
        AssertSingle($"{path}(9,14): warning PK0502: the review date 2026-09-01 of 'Passwords' has passed; review the policy and add a version-history entry with a new 'next-review'.");
    }

    [Fact]
    public void PK0503_version_history_out_of_order_is_a_warning()
    {
        var history = "  - version: \"0.9\"\n    date: 2024-01-01\n    by: TC\n    changes: Draft.\n";
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("---\n# Passwords", history + "---\n# Passwords"));
        AssertSingle($"{path}(17,5): warning PK0503: version 0.9 is dated before version 1.0; list version-history oldest first (the latest ratified entry is taken as the current version).");
    }

    [Fact]
    public void PK0504_ratified_before_the_version_was_written()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("ratified: 2025-09-03", "ratified: 2025-06-03"));
        AssertSingle($"{path}(15,15): error PK0504: version 1.0 is ratified on 2025-06-03, before it was written (2025-07-01); correct one of the two dates.");
    }

    [Fact]
    public void PK0504_a_school_ratifying_before_the_version_was_written()
    {
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-06-20");
        AssertSingle($"{path}(1,11): error PK0504: 'ratified: 2025-06-20' is before version 1.0 was written (2025-07-01); correct the date, or name the version the governors ratified with 'version:'.");
    }

    [Fact]
    public void PK0505_two_versions_with_the_same_number()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("---\n# Passwords", Entry("1.0", "2026-01-05", "    ratified: 2026-02-01\n") + "---\n# Passwords"));
        AssertSingle($"{path}(17,14): error PK0505: version 1.0 is already listed at line 11; give this version the next number, or merge the two entries.");
    }

    [Fact]
    public void PK0506_proposed_version_older_than_the_current_one()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("---\n# Passwords", Entry("0.9", "2026-01-05", "    status: proposed\n") + "---\n# Passwords"));
        AssertSingle($"{path}(17,14): error PK0506: proposed version 0.9 is not newer than version 1.0, ratified on 2025-09-03; give the proposal a higher number and list it last, or remove it if 1.0 replaced it.");
    }

    [Fact]
    public void PK0507_unknown_ratifying_body_suggests_the_nearest()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n    ratified-by: governing-bodie\n"));
        AssertSingle($"{path}(17,18): error PK0507: unknown ratifying body 'governing-bodie' (did you mean 'governing-body'?); use governing-body, trust-board or a committee listed under 'committees:' in trust.yaml.");
    }

    [Fact]
    public void PK0507_a_school_may_name_its_own_committee_but_not_an_unlisted_one()
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\ncommittees:\n  resources: Resources committee");
        _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-09-10\nratified-by: resources");
        Assert.Empty(_trust.Compile().Diagnostics);

        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-09-10\nratified-by: finance");
        AssertSingle($"{path}(2,14): error PK0507: unknown ratifying body 'finance'; use governing-body, trust-board or a committee listed under 'committees:' in trust.yaml or alder/school.yaml.");
    }

    [Fact]
    public void PK0508_a_ratified_version_that_says_it_is_proposed()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n    status: proposed\n"));
        AssertSingle($"{path}(17,13): error PK0508: version 1.0 has a 'ratified:' date and says 'status: proposed'; remove 'status:' now that it is ratified, or the date if it is not.");
    }

    [Fact]
    public void PK0508_a_chair_without_a_ratified_date()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("---\n# Passwords", Entry("1.1", "2026-01-05", "    status: proposed\n    chair: Cai Chair\n") + "---\n# Passwords"));
        AssertSingle($"{path}(17,5): error PK0508: version 1.1 records who ratified it (ratified-by, minute-ref or chair) but not when; add 'ratified: YYYY-MM-DD', or remove those keys until it is ratified.");
    }

    [Fact]
    public void PK0509_a_school_ratifying_a_version_the_policy_does_not_have()
    {
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2026-01-10\nversion: \"1.1\"");
        AssertSingle($"{path}(2,10): error PK0509: 'passwords' has no version 1.1 in its version-history (did you mean '1.0'?); name one of 1.0, or add the version to {_trust.DisplayPath("passwords.md")} first.");
    }

    [Fact]
    public void PK1201_a_ratified_date_must_name_the_day()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("ratified: 2025-09-03", "ratified: 2025-09", StringComparison.Ordinal));
        AssertSingle($"{path}(15,15): error PK1201: 'ratified: 2025-09' gives only the month; a ratification date is the record of the meeting, so write the day it was ratified as YYYY-MM-DD (e.g. 2023-06-14). Only 'date', 'implemented' and 'next-review' may be a month.");
    }

    [Fact]
    public void PK1201_a_schools_ratified_date_must_name_the_day()
    {
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: September 2025");
        AssertSingle($"{path}(1,11): error PK1201: 'ratified: September 2025' gives only the month; a ratification date is the record of the meeting, so write the day it was ratified as YYYY-MM-DD (e.g. 2023-06-14). Only 'date', 'implemented' and 'next-review' may be a month.");
    }

    [Fact]
    public async Task PK1202_a_chair_who_approves_a_proposal_must_be_a_named_person()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    ratified: 2025-09-03\n", "    status: proposed\n", StringComparison.Ordinal).Replace("    implemented: 2025-09-04\n", string.Empty, StringComparison.Ordinal));
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml.Replace("chair-of-governors: Cai Chair\n", "roles:\n  chair-of-governors:\n    title: Chair of the local governing body\n", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = OutputFormats.Html, ShowProposed = true };
        var build = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.Empty(diagnostics);

        var request = PolicyKit.Cli.Ratifications.ProposalRequests.From(build!, _trust.OutputRoot, TrustFixture.Today, diagnostics, CancellationToken.None);

        Assert.Null(request);
        Assert.Equal($"{path}(10,3): error PK1202: The chair-of-governors role ('Chair of the local governing body') names no one, but the chair of the Governing body approves passwords 1.0 by name: add 'name:' and 'email:' to the role.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void PK1203_a_top_level_ratified_date_belongs_in_the_history_when_there_is_one()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("review-cycle: annual\n", "review-cycle: annual\nratified: 2025-09-03\n", StringComparison.Ordinal));
        AssertSingle($"{path}(9,1): error PK1203: 'ratified' at the top of the front matter is only for a policy with no version-history; passwords lists its versions, so write 'ratified:' in the entry of the version that was ratified.");
    }

    [Fact]
    public void PK1204_a_schools_ratified_date_with_no_version_needs_a_version_in_force()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    ratified: 2025-09-03\n", "    status: proposed\n", StringComparison.Ordinal).Replace("    implemented: 2025-09-04\n", string.Empty, StringComparison.Ordinal));
        var path = _trust.Write("schools/alder/overrides/passwords.yaml", "ratified: 2025-10-01");
        AssertSingle($"{path}(1,11): error PK1204: 'ratified: 2025-10-01' names no version, and passwords has none in force to ratify (1.0 is proposed); add 'version:' naming the version the governors ratified.");
    }

    [Fact]
    public void PK1205_publishing_needs_a_version_number()
    {
        var path = _trust.Write("passwords.md", RatifiedWithoutVersionTests.WithoutHistory("ratified: 2024-06-12\n"));
        var (build, built) = _trust.Build();
        Assert.Empty(built);
        var diagnostics = new DiagnosticBag();

        Assert.False(PolicyKit.Cli.Publishing.PublishRequests.CheckVersionNumbers(build!, diagnostics));
        Assert.Equal($"{path}(10,11): error PK1205: passwords is ratified at Alder School without a version number, and publishing keeps each version for ever under its number: give {path} a version-history entry (version: \"1.0\", with its date, by, changes and this ratified: date), then publish again.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void PK1206_a_stand_alone_school_has_no_trust_board()
    {
        _trust.Write("trust.yaml", PolicyKit.Tests.Building.StandaloneSchoolTests.StandaloneYaml);
        Directory.Delete(Path.Combine(_trust.Root, "schools"), recursive: true);
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("approved-by: governing-body", "approved-by: trust-board", StringComparison.Ordinal));
        AssertSingle($"{path}(7,14): error PK1206: 'approved-by: trust-board': Alder School is a stand-alone school ('standalone: true' in trust.yaml) with no trust board; write 'approved-by: governing-body', or the key of a committee listed under 'committees:'.");
    }

    [Fact]
    public void PK1207_a_stand_alone_school_has_no_schools_folder()
    {
        _trust.Write("trust.yaml", PolicyKit.Tests.Building.StandaloneSchoolTests.StandaloneYaml);
        AssertSingle($"{_trust.DisplayPath("schools")}: error PK1207: trust.yaml describes a stand-alone school ('standalone: true' at line 1), so there are no other schools: move what the schools folder holds into trust.yaml (the school's overrides go in 'overrides/' beside it) and remove the folder, or remove 'standalone: true' to describe a trust.");
    }

    [Fact]
    public void PK1350_an_import_needs_a_policy_id_it_can_use_as_a_file_name()
    {
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Targets.ImportTarget.Resolve(_trust.Root, "Online Safety", null));
        Assert.Equal("--as: error PK1350: 'Online Safety' cannot be a policy id: use lower-case letters, digits and hyphens, starting with a letter, e.g. 'online-safety'.", error.Diagnostic.ToString());
    }

    [Fact]
    public void PK1351_an_import_needs_sources_without_errors()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml.Replace("numbering: alpha", "numbering: alfa", StringComparison.Ordinal));
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Targets.ImportTarget.Resolve(_trust.Root, "visitors", null));
        Assert.StartsWith($"{path}(3,12): error PK1351: the sources in {PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(_trust.Root)} have errors, so there is nothing to import into yet (first: PK", error.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("; run './policykit validate' and fix them first.", error.Diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PK1352_an_import_for_a_school_the_sources_do_not_have_suggests_the_nearest()
    {
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Targets.ImportTarget.Resolve(_trust.Root, "visitors", "aldre"));
        Assert.Equal($"--school: error PK1352: there is no school 'aldre' in {PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(_trust.Root)} (did you mean 'alder'?); the schools are alder.", error.Diagnostic.ToString());
    }

    [Fact]
    public void PK1353_text_without_an_id_cannot_be_changed_by_an_override()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("# Reporting {#reporting}\n", "# Reporting {#reporting}\n\nAsk if unsure.\n", StringComparison.Ordinal));
        var target = PolicyKit.Import.Targets.ImportTarget.Resolve(_trust.Root, "passwords", "alder");
        var written = target.Render(new PolicyKit.Import.Recognition.ImportedPolicy("passwords", "Passwords", "alpha", PolicyKit.Import.Reading.ReadConfidence.Structured, [],
        [
            new PolicyKit.Import.Recognition.SectionNode(1, "Passwords", "passwords-section",
            [
                new PolicyKit.Import.Recognition.ClauseNode("Passwords at {{ school.name }} have at least 6 characters.", "length", []),
                new PolicyKit.Import.Recognition.ClauseNode("Never share a password.", "sharing", [new PolicyKit.Import.Recognition.ClauseNode("Not even with IT staff.", "sharing-it", [])]),
            ]),
            new PolicyKit.Import.Recognition.SectionNode(1, "Reporting", "reporting", [new PolicyKit.Import.Recognition.ClauseNode("Report a lost password to Dee Pio.", "report", [])]),
        ], []));
        var warning = Assert.Single(written.Warnings);
        Assert.Equal((1, "PK1353", "the trust's text \"ask if unsure\" is not in the school's document, but it has no id to remove it by; check the school's document against the trust's policy by hand."), (warning.Line, warning.Warning.Code, warning.Warning.Message));
    }

    [Fact]
    public void PK0307_material_clause_that_does_not_exist_suggests_the_nearest()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    implemented: 2025-09-04\n", "    implemented: 2025-09-04\n    material-clauses: [lenght]\n"));
        AssertSingle($"{path}(17,24): error PK0307: version 1.0 names clause 'lenght' as material, but {path} has no clause '{{#lenght}}' (did you mean 'length'?); correct the id, or write 'material: true' if the version removes that clause.");
    }

    [Fact]
    public void PK0601_unsupported_markdown_is_a_warning_not_silence()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n***\n");
        AssertSingle($"{path}(27,1): warning PK0601: a horizontal rule ('---' or '***'); use a heading to start a new section. It is left out.");
    }

    [Fact]
    public async Task PK0701_a_pdf_that_cannot_be_made_is_named_and_the_other_outputs_stay()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(_trust.Root, TrustFixture.Today) { OutputRoot = _trust.OutputRoot, Formats = OutputFormats.All, PdfBatchTimeout = TimeSpan.FromMilliseconds(1) };
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.PdfConversionFailed, diagnostic.Code);
        Assert.Equal(SourceSpan.ForFile(Path.Combine(_trust.OutputRoot, "alder/passwords.pdf")), diagnostic.Span);
        Assert.StartsWith("the PDF could not be made: LibreOffice did not finish within", diagnostic.Message);
        Assert.Contains(Path.Combine(_trust.OutputRoot, "alder/passwords.docx"), result!.WrittenFiles);
        Assert.False(File.Exists(Path.Combine(_trust.OutputRoot, "alder/passwords.pdf")));
    }

    [Fact]
    public void PK0801_a_review_listed_twice_in_the_calendar_state_is_named_with_both_lines()
    {
        var entry = "  - school: alder\n    policy: passwords\n    uid: {0}\n    date: 2030-09-01\n    sequence: 0\n    revised: 2026-11-23T09:15:00Z\n";
        var path = _trust.Write(PolicyKit.Sources.Calendar.CalendarStateFile.RelativePath, "events:\n" + string.Format(CultureInfo.InvariantCulture, entry, "A") + string.Format(CultureInfo.InvariantCulture, entry, "B"));
        var diagnostics = new DiagnosticBag();
        Assert.Null(PolicyKit.Sources.Calendar.CalendarStateFile.Load(_trust.Root, diagnostics));
        Assert.Equal(
            $"{path}(8,5): error PK0801: a second event for alder/passwords (the first is at line 2); keep one of the two entries (the one with the higher sequence).",
            Assert.Single(diagnostics).ToString());
    }

    /// <summary>A version-history entry to append after the fixture's version 1.0.</summary>
    private static string Entry(string version, string date, string extra) =>
        $"  - version: \"{version}\"\n    date: {date}\n    by: TC\n    changes: Second version.\n{extra}";

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    [InlineData("seven")]
    [InlineData("7.5")]
    public void PK1101_a_policy_number_is_a_whole_number_from_1_to_999(string number)
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("title: Passwords\n", $"title: Passwords\npolicy-number: {number}\n"));
        AssertSingle($"{path}(4,16): error PK1101: 'policy-number' must be a whole number from 1 to 999, such as 'policy-number: 7' (its sections are then numbered 7.1, 7.2\u2026), not '{number}'.");
    }

    [Fact]
    public void PK1102_a_policy_number_where_sections_are_unnumbered_is_a_warning()
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nnumbering: unnumbered");
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("title: Passwords\n", "title: Passwords\npolicy-number: 7\n"));
        AssertSingle($"{path}(4,16): warning PK1102: policy number 7 is not shown in the documents of Alder School: with 'numbering: unnumbered' its sections have no numbers to put it in front of; use 'numbering: decimal' or 'alpha', or remove 'policy-number'.");
    }

    [Fact]
    public void PK1001_a_layout_value_that_is_not_one_of_its_choices_suggests_the_nearest()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  title-page: [logo, name, mottto, title]");
        AssertSingle($"{path}(13,28): error PK1001: 'mottto' is not a part of the title page (did you mean 'motto'?); use logo, name, trust-name, motto, title, version, or 'subtitle: …' or 'text: …'.");
    }

    [Fact]
    public void PK1002_an_unknown_named_layout_names_the_layouts_there_are()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nlayouts:\n  handbook:\n    contents-depth: 3\n  leaflet:\n    contents-depth: 0");
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout: handbok");
        AssertSingle($"{path}(12,9): error PK1002: there is no layout 'handbok' (did you mean 'handbook'?): trust.yaml's 'layouts:' has handbook, leaflet; name one of them, or add 'handbok:' under 'layouts:'.");
    }

    [Fact]
    public void PK1003_a_date_format_without_a_year_says_what_is_missing()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  date-format: d MMMM");
        AssertSingle($"{path}(13,16): error PK1003: 'date-format: d MMMM' cannot be used: the format has no year (yyyy). Write long (3 September 2025), short (03/09/2025) or a pattern such as 'd MMMM yyyy'.");
    }

    [Fact]
    public void PK1004_a_signatory_role_no_one_holds_at_the_school_suggests_the_nearest()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  signatories:\n    - role: headteacher\n    - role: director-of-operation\n      label: CEO");
        AssertSingle($"{path}(15,13): error PK1004: signatory role 'director-of-operation' is not defined for Alder School (did you mean 'director-of-operations'?); add it under 'roles:' in trust.yaml or school.yaml, or use headteacher or chair.");
    }

    [Fact]
    public void PK1005_text_before_the_contents_holds_only_paragraphs()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nlayout:\n  before-contents: |\n    Adopted by {{ school.name }}.\n\n    - a list item");
        AssertSingle($"{path}(16,1): error PK1005: 'before-contents' holds only paragraphs of text, not a list; put it in the policy's body instead.");
    }

    [Fact]
    public void PK1360_a_school_type_must_be_one_PolicyKit_knows()
    {
        var path = _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\ntype: academie");
        AssertSingle($"{path}(12,7): error PK1360: 'type' must be maintained, academy, free-school or independent, not 'academie' (did you mean 'academy'?); it decides which statutory policies the school must have.");
    }

    [Fact]
    public void PK1361_statutory_as_must_name_a_statutory_policy()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("statutory: false", "statutory: false\nstatutory-as: child-protecton", StringComparison.Ordinal));
        AssertSingle($"{path}(5,15): error PK1361: 'statutory-as: child-protecton' names no statutory policy (did you mean 'child-protection'?); use an id from docs/coverage.md, or add the trust's own under 'statutory-policies: add:' in trust.yaml.");
    }

    [Fact]
    public void PK1362_a_trust_s_statutory_policy_needs_a_known_level()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\n" + OwnStatutoryPolicy("own-policy", "mandatory"));
        AssertSingle($"{path}(19,14): error PK1362: 'level' must be required or recommended, not 'mandatory'.");
    }

    [Fact]
    public void PK1363_a_trust_s_statutory_policy_cannot_reuse_a_built_in_id()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\n" + OwnStatutoryPolicy("child-protection", "required"));
        AssertSingle($"{path}(17,11): error PK1363: 'child-protection' is already in PolicyKit's list of statutory policies; give the trust's entry another id, or leave it out and map your policy to 'child-protection' with 'statutory-as:'.");
    }

    [Fact]
    public void PK1364_not_applicable_must_name_schools_that_exist()
    {
        var path = _trust.Write("trust.yaml", TrustFixture.TrustYaml + "\nstatutory-policies:\n  not-applicable:\n    - id: admissions\n      schools: [alderr]\n      reason: The local authority admits pupils.");
        AssertSingle($"{path}(18,17): error PK1364: there is no school 'alderr' (did you mean 'alder'?); list schools by their folder name under schools/, or leave out 'schools:' for every school.");
    }

    private static string OwnStatutoryPolicy(string id, string level) => $"""
        statutory-policies:
          add:
            - id: {id}
              name: Our own policy
              level: {level}
              approver: Trust board
              review: Annually
              review-months: 12
              publish: false
              sources:
                - title: Keeping children safe in education
                  url: https://www.gov.uk/government/publications/keeping-children-safe-in-education--2
        """;

    [Fact]
    public void PK1301_a_document_to_import_that_is_not_there_is_named()
    {
        var path = Path.Combine(_trust.Root, "missing.docx");
        AssertUnreadable(path, $"{path}: error PK1301: there is no such file; check the folder and the file name.");
    }

    [Fact]
    public void PK1302_a_document_of_a_kind_import_cannot_read_lists_the_kinds_it_can()
    {
        var path = _trust.Write("policy.pages", "not a policy");
        AssertUnreadable(path, $"{path}: error PK1302: '.pages' documents cannot be imported; save the document as .docx, .odt, .doc, .rtf or .pdf and import that.");
    }

    [Fact]
    public void PK1303_a_file_named_docx_that_is_not_a_Word_document_says_to_save_it_again()
    {
        var path = _trust.Write("policy.docx", "Dear governors, this is plain text.");
        AssertUnreadable(path, $"{path}: error PK1303: this is not a Word document, although its name ends in .docx (the file is damaged or is another kind of file); open it in Word or LibreOffice and save it again as a Word document (.docx).");
    }

    [Fact]
    public void PK1303_an_older_Word_document_named_docx_says_to_rename_it()
    {
        var path = Path.Combine(_trust.Root, "old.docx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("WordDocument")]);
        AssertUnreadable(path, $"{path}: error PK1303: this is an older Word 97-2003 document with a .docx name; rename it to end in .doc and import that, or open it in Word and save it as a Word document (.docx).");
    }

    [Fact]
    public void PK1304_a_password_protected_Word_document_says_to_remove_the_password()
    {
        // Word saves an encrypted .docx as a compound file holding an "EncryptedPackage" stream (MS-OFFCRYPTO).
        var path = Path.Combine(_trust.Root, "protected.docx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo"), .. System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")]);
        AssertUnreadable(path, $"{path}: error PK1304: the document is protected with a password, so it cannot be read; open it, remove the password (in Word: File > Info > Protect Document > Encrypt with Password, then clear it), save it and import it again.");
    }

    [Fact]
    public void PK1305_an_odt_without_LibreOffice_says_to_install_it()
    {
        var path = _trust.Write("policy.odt", "any");
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Reading.OfficeConversion.ReadConverted(path, ".odt", soffice: null));
        Assert.Equal($"{path}: error PK1305: importing a '.odt' document needs LibreOffice, which is not installed; install it (sudo apt-get install -y libreoffice-writer-nogui), or save the document as .docx and import that.", error.Diagnostic.ToString());
    }

    [Fact]
    public void PK1306_an_odt_LibreOffice_cannot_open_gives_its_reason()
    {
        var path = Path.Combine(_trust.Root, "damaged.odt");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, .. new byte[64]]);
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Reading.DocumentReader.Read(path));
        Assert.StartsWith($"{path}: error PK1306: LibreOffice could not open the document to convert it (", error.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("); open it in LibreOffice or Word, save it as .docx and import that.", error.Diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PK1307_a_scanned_PDF_says_it_needs_text_recognition()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        var path = Path.Combine(_trust.Root, "scanned.pdf");
        File.WriteAllBytes(path, builder.Build());
        AssertUnreadable(path, $"{path}: error PK1307: the PDF has no text in it, only pictures of pages (it was scanned); run it through OCR (text recognition) first, or import the Word document it was made from.");
    }

    private static void AssertUnreadable(string path, string expected)
    {
        var error = Assert.Throws<PolicyKit.Import.ImportException>(() => PolicyKit.Import.Reading.DocumentReader.Read(path));
        Assert.Equal(expected, error.Diagnostic.ToString());
    }

    private void AssertSingle(string expected, bool trim = false)
    {
        var (_, diagnostics) = _trust.Compile();
        var actual = Assert.Single(diagnostics).ToString();
        Assert.Equal(trim ? expected.Replace("/: ", ": ", StringComparison.Ordinal) : expected, trim ? actual.Replace("/: ", ": ", StringComparison.Ordinal) : actual);
    }

    private void AssertSingleFromHistory(string version, string git, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var checkout = PolicyKit.Generator.History.PolicyHistory.Checkout(_trust.Root, "passwords", version, diagnostics, git, CancellationToken.None);

        Assert.Null(checkout);
        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void PK1340_an_import_does_not_replace_a_policy_file_without_force()
    {
        var document = _trust.Write("Passwords.docx", "not read: the target is checked first");
        var before = File.ReadAllText(Path.Combine(_trust.Root, "passwords.md"));
        var outcome = PolicyKit.Import.PolicyImport.File(new PolicyKit.Import.ImportRequest(_trust.Root, Path.Combine(_trust.Root, "Passwords.docx"), "passwords", new DateOnly(2026, 1, 1)));

        var path = _trust.DisplayPath("passwords.md");
        Assert.Equal($"{path}: error PK1340: {path} is already there, so Passwords.docx was not imported; import it with another id (--as), or add --force to replace the file.", Assert.Single(outcome.Diagnostics).ToString());
        Assert.Equal(before, File.ReadAllText(Path.Combine(_trust.Root, "passwords.md")));
        Assert.NotNull(document);
    }

    [Fact]
    public void PK1344_a_fault_on_one_document_of_a_folder_is_reported_against_it()
    {
        var import = new PolicyKit.Import.Importing.PendingImport(Path.Combine(_trust.Root, "Visitors.docx"), "visitors");
        PolicyKit.Import.PolicyImport.RunGuarded(import, () => throw new InvalidOperationException("Sequence contains no elements"));

        Assert.Equal($"{_trust.DisplayPath("Visitors.docx")}: error PK1344: PolicyKit could not import this document (InvalidOperationException: Sequence contains no elements); the other documents are imported all the same. Import it on its own to see more, and report it with the document if it happens again.", Assert.Single(import.Diagnostics).ToString());
    }

    [Fact]
    public void PK1341_import_reads_only_word_opendocument_and_pdf_files()
    {
        var document = _trust.Write("Online Safety Policy.pages", "a Pages document");
        var outcome = PolicyKit.Import.PolicyImport.File(new PolicyKit.Import.ImportRequest(_trust.Root, document, "online-safety", new DateOnly(2026, 1, 1)));

        Assert.Null(outcome.WrittenPath);
        Assert.Equal($"{PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(document)}: error PK1341: PolicyKit imports Word (.docx, .docm, .doc), OpenDocument (.odt), RTF (.rtf) and PDF (.pdf) files; open this one in Word or LibreOffice and save it as .docx, then import that.", Assert.Single(outcome.Diagnostics).ToString());
    }

    [Fact]
    public void PK1342_a_file_name_with_no_policy_words_gives_no_id_and_the_others_are_still_imported()
    {
        var folder = Path.Combine(_trust.Root, "..", Path.GetFileName(_trust.Root) + "-documents");
        Directory.CreateDirectory(folder);
        try
        {
            var document = Path.Combine(folder, "Policy 2024.docx");
            File.WriteAllText(document, "not read");
            var outcome = PolicyKit.Import.PolicyImport.Folder(new PolicyKit.Import.FolderImportRequest(_trust.Root, folder, new DateOnly(2026, 1, 1)), null, CancellationToken.None);

            Assert.Equal($"{PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(document)}: error PK1342: the file's name gives no policy id (it has no words but 'policy', years and version numbers); rename it after the policy, such as 'Online Safety Policy.docx', or import it on its own with --as.", Assert.Single(Assert.Single(outcome.Files).Diagnostics).ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PK1343_a_folder_with_no_documents_is_an_error_mentioning_recursive()
    {
        var outcome = PolicyKit.Import.PolicyImport.Folder(new PolicyKit.Import.FolderImportRequest(_trust.Root, _trust.Root, new DateOnly(2026, 1, 1)), null, CancellationToken.None);

        Assert.Equal($"{PolicyKit.Sources.Loading.SourceSetLoader.DisplayPath(_trust.Root)}: error PK1343: the folder has no document PolicyKit imports (.docx, .docm, .odt, .doc, .rtf or .pdf) (sub-folders are not searched unless --recursive is given).", Assert.Single(outcome.Diagnostics).ToString());
        Assert.True(outcome.Failed);
    }

    private static ImportWarning ImportWarningFor(ImportedDocuments document, string code) =>
        Assert.Single(PolicyRecognizer.Recognize(document.Build(), new ImportContext("phones", [])).Warnings, w => w.Code == code);

    [Fact]
    public void PK1320_content_before_the_policy_that_is_not_the_cover_is_kept_with_a_warning()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Title("Phones").Text("Draft for consultation").Heading(1, "Rules"), "PK1320");
        Assert.Equal((2, "text on the cover or before the contents is not part of a policy's source; it is kept where it stood. Move it into the policy's text, or delete it if it is not needed."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1321_a_details_row_policykit_does_not_read_is_kept_with_a_warning()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Table(["Status", "Statutory"], ["Review date", "July 2026"], ["Linked policies", "Safeguarding"]).Heading(1, "Rules"), "PK1321");
        Assert.Equal((1, "the row 'Linked policies: Safeguarding' of the table of details is not one PolicyKit reads; it is kept as a paragraph. Move what it says into the front matter (see docs/source-format.md) or delete it."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1322_a_history_row_with_an_unreadable_date_is_warned_about_by_row()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Heading(1, "Rules").Table(["Version", "Date", "Changes"], ["1.0", "Spring", "First."]), "PK1322");
        Assert.Equal((2, "row 2 of the review history: its date 'Spring' could not be read; write it in the entry as YYYY-MM-DD (or a month, such as June 2023)."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1323_an_owner_that_is_not_a_role_is_kept_with_the_role_to_add()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Table(["Owner", "Mrs J Smith"], ["Review date", "July 2026"]).Heading(1, "Rules"), "PK1323");
        Assert.Equal((1, "the owner 'Mrs J Smith' is not a role the trust names; add 'owner-role:' to the front matter with the role's key from trust.yaml or school.yaml (such as 'mrs-j-smith'), adding the role under 'roles:' if it is new, then delete this line."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1324_a_heading_deeper_than_two_levels_becomes_a_subsection_with_a_warning()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Heading(1, "Rules").Heading(2, "Trips").Heading(3, "Overnight"), "PK1324");
        Assert.Equal((3, "the heading 'Overnight' is at level 3, but a policy's source has two levels of heading (# and ##); it is written as a level 2 heading. Make it a clause or a bold paragraph if it is not a subsection."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1325_a_table_cell_of_several_paragraphs_is_joined_with_a_warning()
    {
        var warning = ImportWarningFor(ImportedDocuments.New().Heading(1, "Rules").Table(["Who", "When"], ["Staff", "Mornings\nEvenings"]), "PK1325");
        Assert.Equal((2, "a cell of this table had several paragraphs; a source table's cells are one line, so they are joined with '; '. Check the table reads as it should."), (warning.Ordinal!.Value, warning.Message));
    }

    [Fact]
    public void PK1326_a_text_only_document_gets_one_warning_that_its_structure_was_guessed()
    {
        var policy = PolicyRecognizer.Recognize(ImportedDocuments.New().Heading(1, "Rules").Typed("1.", "One.").Build(PolicyKit.Import.Reading.ReadConfidence.TextOnly), new ImportContext("phones", []));
        var warning = Assert.Single(policy.Warnings, w => w.Code == "PK1326");
        Assert.Equal(((int?)null, "this document gives only its text, so its headings, clauses and their levels were guessed from typed numbers and short lines; check the structure against the original before relying on it."), (warning.Ordinal, warning.Message));
    }
}
