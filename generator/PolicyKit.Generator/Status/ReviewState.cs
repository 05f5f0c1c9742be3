namespace PolicyKit.Generator.Status;

public enum ReviewState
{
    UpToDate,
    DueSoon,
    Overdue,
}
