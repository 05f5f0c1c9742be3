namespace PolicyKit.Bench.Generation.Vocabulary;

/// <summary>Plausible policy sentences. <c>{topic}</c> becomes the policy's subject; <c>{{ … }}</c> are PolicyKit templates.</summary>
internal static class ClauseSentences
{
    public static readonly string[] Statements =
    [
        "Everyone who works at {{ school.name }} is expected to read this policy and to follow it in their day-to-day work.",
        "The headteacher, {{ school.headteacher }}, makes sure that staff understand how this policy applies to {topic}.",
        "Concerns about {topic} should be raised first with a line manager and, if they are not resolved, with the headteacher.",
        "Records relating to {topic} are kept securely and only for as long as the retention schedule allows.",
        "The **governing body** monitors how well this policy is working and receives a short report each term.",
        "Staff must complete the training the school provides on {topic} within their first half term and refresh it every year.",
        "Where a pupil has special educational needs or a disability, we make reasonable adjustments so that our arrangements for {topic} are fair.",
        "Parents and carers are told about our approach to {topic} through the school website and the annual information pack.",
        "Any personal data collected for {topic} is handled in line with the data protection policy, and questions about it go to {{ roles.data_protection_officer.name }}.",
        "The {{ roles.business_manager.title }}, {{ roles.business_manager.name }}, keeps the budget and contracts linked to {topic} under review.",
        "Accounts used for {topic} must have passwords of at least {{ settings.password_min_length }} characters and lock after {{ settings.screen_lock_minutes }} minutes without use.",
        "Documents about {topic} are stored in {{ settings.cloud_storage_service }} and shared only with people who need them.",
        "Safeguarding concerns that arise in the course of {topic} are reported straight away to {{ roles.designated_safeguarding_lead.name }}.",
        "We review our arrangements for {topic} after any serious incident and record what we have learned.",
        "Visitors and contractors are told about the parts of this policy that affect them when they sign in.",
        "No member of staff will be put at a disadvantage for raising a concern about {topic} in good faith.",
        "Decisions about {topic} are recorded with the reasons for them, so that they can be explained if they are questioned later.",
        "The **{{ roles.director_of_operations.title }}** approves any change to the procedures that support this policy.",
        "Pupils are taught, in ways suited to their age, why the rules on {topic} matter and what to do if something goes wrong.",
        "Guidance from the Department for Education is followed where it applies; see the [guidance for schools](https://www.gov.uk/government/collections/guidance-for-schools).",
        "Complaints about the way this policy has been applied are handled under the trust's complaints procedure.",
        "Staff who are unsure how this policy applies should ask before acting rather than after.",
        "The school keeps a simple log of matters concerning {topic} so that patterns can be spotted and acted on early.",
        "Budget holders must make sure that spending on {topic} offers good value and follows the trust's financial procedures.",
        "Equipment used for {topic} is checked before use, and faults are reported to the school office on the same day.",
        "Staff working alone on matters of {topic} tell a colleague where they are and when they expect to finish.",
        "Where a contractor provides a service connected with {topic}, the contract sets out the standards in this policy.",
        "We consult staff and, where appropriate, pupils and parents before making significant changes to our approach to {topic}.",
        "Each term, senior leaders check a sample of records to make sure the procedures for {topic} are being followed.",
        "This policy does not form part of any contract of employment and may be amended after consultation.",
        "Anyone who deliberately breaches this policy may face action under the **disciplinary policy**.",
        "The chair of governors, {{ school.chair_of_governors }}, is told promptly of any serious concern about {topic}.",
        "Questions from the press about {topic} are passed to the headteacher and are not answered by other staff.",
        "Translated copies of key information about {topic} are available on request from the school office at {{ school.email }}.",
        "Technical support for the systems used for {topic} is provided by {{ roles.it_provider.name }} through its service desk.",
        "At least {{ settings.first_aiders_minimum }} trained first aiders are on site whenever pupils are present.",
        "Records are kept for {{ settings.retention_years }} years after the end of the school year in which they were made, unless the law requires longer.",
        "Where this policy refers to the headteacher, it includes any member of staff to whom the headteacher has delegated the task.",
        "Staff act in the best interests of pupils at all times and follow the *staff code of conduct*.",
        "In an emergency the safety of pupils and staff comes first, and the procedures in this policy may be adapted as needed.",
        "Support staff, teachers and leaders share responsibility for {topic}; it is not the job of one person alone.",
        "The trust publishes a summary of this policy on its website, {{ trust.website }}, alongside the full text.",
    ];

    /// <summary>A clause that introduces a list ends with a colon.</summary>
    public static readonly string[] ListLeads =
    [
        "In particular, staff at {{ school.name }} will:",
        "When a concern about {topic} is raised, the member of staff who receives it will:",
        "Before agreeing any new arrangement for {topic}, the headteacher will:",
        "Line managers are responsible for making sure that their teams:",
    ];

    public static readonly string[] ListItems =
    [
        "check the identity of anyone asking for information",
        "record the decision and the reasons for it",
        "tell the people affected as soon as practicable",
        "keep a copy of any written communication",
        "agree a date to review the arrangement",
        "pass any safeguarding concern to {{ roles.designated_safeguarding_lead.name }}",
        "store paper records in a locked cabinet",
        "ask the trust central team for advice where the position is unclear",
        "make sure the arrangement is fair to every pupil",
        "update the school's records within five working days",
        "involve parents and carers at an early stage",
        "tell {{ roles.data_protection_officer.name }} about any loss of personal data",
    ];

    public static readonly string[] Notes =
    [
        "If you are worried that a child is at risk of harm, do not wait: tell {{ roles.designated_safeguarding_lead.name }} at once.",
        "This summary does not replace the full procedure, which is available from the school office.",
        "Where the law changes before this policy is next reviewed, the law takes precedence.",
    ];
}
