namespace PolicyKit.Bench.Generation.Vocabulary;

/// <summary>Titles of policies English schools and trusts commonly keep, each with the subject clauses refer to.</summary>
internal static class PolicyTitles
{
    public static readonly (string Title, string Topic)[] All =
    [
        ("Admissions", "admissions"), ("Attendance", "attendance"), ("Behaviour", "behaviour"),
        ("Anti-bullying", "preventing bullying"), ("Charging and remissions", "charges for activities"),
        ("Complaints procedure", "complaints"), ("Child protection and safeguarding", "safeguarding"),
        ("Data protection", "personal data"), ("Educational visits", "educational visits"),
        ("Equality information and objectives", "equality"), ("First aid", "first aid"),
        ("Health and safety", "health and safety"), ("Lettings", "lettings of the premises"),
        ("Supporting pupils with medical conditions", "medical conditions"), ("Mobile phones", "mobile phones"),
        ("Online safety", "online safety"), ("Relationships and sex education", "relationships education"),
        ("Special educational needs and disabilities", "special educational needs"),
        ("Staff code of conduct", "professional conduct"), ("Whistleblowing", "whistleblowing"),
        ("Lone working", "lone working"), ("Freedom of information", "requests for information"),
        ("Records management and retention", "records"), ("Examinations", "examinations"),
        ("Accessibility plan", "accessibility"), ("Careers guidance", "careers guidance"),
        ("Drugs and alcohol", "drugs and alcohol"), ("Fire safety", "fire safety"), ("Intimate care", "intimate care"),
        ("Looked-after and previously looked-after children", "looked-after children"),
        ("Marking and feedback", "marking and feedback"), ("Teachers' pay", "pay decisions"),
        ("Appraisal", "appraisal"), ("Capability", "capability procedures"), ("Grievance", "grievances"),
        ("Disciplinary procedure", "staff discipline"), ("Sickness absence", "sickness absence"),
        ("Flexible working", "flexible working"), ("Staff wellbeing", "staff wellbeing"), ("School uniform", "uniform"),
        ("Visitors", "visitors"), ("CCTV", "CCTV"), ("Biometric data", "biometric data"),
        ("Asbestos management", "asbestos"), ("Premises management", "the premises"),
    ];

    public static readonly string[] SectionTitles =
    [
        "Aims", "Scope", "Definitions", "Procedures", "Training", "Records", "Communication", "Equality",
        "Working with parents and carers", "Reporting concerns", "Support for pupils", "Support for staff",
        "Risk assessment", "Contractors and visitors", "Legal framework", "Roles of governors",
    ];

    public static readonly string[] Changes =
    [
        "First trust-wide version, replacing each school's own policy.",
        "Updated to follow the latest statutory guidance; no change to day-to-day practice.",
        "Clarified who is responsible for each step and added a summary table.",
        "Added a section on records and shortened the procedures.",
        "Reworded for plain English after consultation with staff and governors.",
        "Annual review with minor corrections to names and contact details.",
    ];
}
