namespace PolicyKit.Sources.Statutory;

/// <summary>Who runs a school (<c>type:</c> in school.yaml), which decides most of the policies the law asks of it.</summary>
public enum SchoolCategory
{
    /// <summary>Maintained by the local authority: community, foundation, voluntary-aided or voluntary-controlled.</summary>
    Maintained,

    /// <summary>An academy, run by an academy trust under a funding agreement.</summary>
    Academy,

    /// <summary>A free school: in law an academy, so the same requirements apply.</summary>
    FreeSchool,

    /// <summary>An independent school, held to the Independent School Standards.</summary>
    Independent,
}
