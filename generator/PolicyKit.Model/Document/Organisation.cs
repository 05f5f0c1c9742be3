namespace PolicyKit.Model.Document;

/// <summary>The school (or federation) a document is issued by. A federation lists one site per member school.</summary>
public sealed record Organisation(
    string Name,
    string? Motto,
    ImageAsset? Logo,
    IReadOnlyList<ContactCard> Sites);
