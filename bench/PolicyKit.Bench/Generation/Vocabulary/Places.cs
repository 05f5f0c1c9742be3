namespace PolicyKit.Bench.Generation.Vocabulary;

/// <summary>Invented places and people for synthetic schools. Any resemblance to real ones is accidental.</summary>
internal static class Places
{
    public static readonly string[] Towns =
    [
        "Alderbrook", "Ashworth", "Barrowfield", "Beckmoor", "Birchley", "Bramblegate", "Brightwell", "Calderside",
        "Castleford Green", "Cherryholt", "Clayhithe", "Coldwater", "Copperfield", "Cresswood", "Dalebrook", "Darnley",
        "Eastmere", "Elmstead", "Fairhaven", "Fallowfield", "Fernbank", "Foxwood", "Glenholme", "Greystone",
        "Hallowmere", "Harrowgate", "Hazelmere", "Hollinwood", "Ivybridge Vale", "Juniper Hill", "Kingsmead", "Larchfield",
        "Linwood", "Marshgate", "Meadowbank", "Millstone", "Netherby", "Northcote", "Oakridge", "Orchard Park",
        "Pennington", "Quarry Bank", "Ravensdale", "Redbrook", "Riverside", "Rookwood", "Saltmarsh", "Sandleigh",
        "Silverdale", "Southmoor", "Stonebridge", "Thornbury Vale", "Upperton", "Wadebridge Park", "Westholme",
        "Whitecross", "Willowby", "Windmill Hill", "Yarrowfield", "Yewtree",
    ];

    public static readonly string[] Kinds =
    [
        "Primary School", "Primary Academy", "Academy", "High School", "Church of England Primary School",
        "Infant School", "Junior School", "School",
    ];

    public static readonly string[] Streets = ["School Lane", "Church Road", "Mill Street", "Park Avenue", "Station Road", "Green Lane", "Orchard Way"];

    public static readonly string[] GivenNames =
    [
        "Amira", "Ben", "Chloe", "Daniel", "Esther", "Farid", "Grace", "Harpreet", "Isaac", "Joanna", "Kwame", "Leah",
        "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sofia", "Tomasz", "Uma", "Victor", "Wendy", "Yusuf", "Zara",
    ];

    public static readonly string[] FamilyNames =
    [
        "Adebayo", "Brennan", "Chowdhury", "Davies", "Ellison", "Fraser", "Gallagher", "Hussain", "Iqbal", "Jennings",
        "Kowalski", "Lindqvist", "Mensah", "Nowak", "O'Connell", "Patel", "Quinn", "Robertson", "Singh", "Thornton",
        "Underwood", "Varga", "Whitfield", "Young",
    ];

    public static readonly string[] Mottos =
    [
        "Learning together, growing together", "Be kind, be curious, be brave", "Every child, every day",
        "Roots to grow, wings to fly", "Aim high and achieve", "Respect, resilience, responsibility",
    ];
}
