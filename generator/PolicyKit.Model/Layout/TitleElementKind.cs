namespace PolicyKit.Model.Layout;

/// <summary>What a cover element is. Each has its own style in the Word reference document.</summary>
public enum TitleElementKind
{
    /// <summary>The organisation's logo.</summary>
    Logo,

    /// <summary>The school's (or trust's) name, in the school-name style.</summary>
    OrganisationName,

    /// <summary>The motto, in the motto style.</summary>
    Motto,

    /// <summary>The policy's title, in the title style.</summary>
    Title,

    /// <summary>A line under or above the title in the motto style ("Version 1:1", "Policy 7 of the staff handbook").</summary>
    Subtitle,

    /// <summary>A plain paragraph of body text.</summary>
    Text,
}
