namespace PolicyKit.Sources.Statutory;

/// <summary>The ages a school teaches (<c>phase:</c> in school.yaml).</summary>
public enum SchoolPhase
{
    /// <summary>Primary: reception to year 6.</summary>
    Primary,

    /// <summary>Secondary: year 7 upwards.</summary>
    Secondary,

    /// <summary>All-through: primary and secondary in one school.</summary>
    AllThrough,
}
