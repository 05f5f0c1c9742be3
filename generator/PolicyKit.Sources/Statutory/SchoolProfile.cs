namespace PolicyKit.Sources.Statutory;

/// <summary>
/// What kind of school it is, from school.yaml (or a stand-alone school's trust.yaml): the keys that decide which
/// statutory policies apply. <see cref="Category"/> and <see cref="Phase"/> are null when the school has not said.
/// </summary>
public sealed record SchoolProfile(SchoolCategory? Category, SchoolPhase? Phase, bool Special, bool Nursery, bool SixthForm)
{
    /// <summary>A school that has written none of the keys.</summary>
    public static SchoolProfile Unknown { get; } = new(null, null, false, false, false);
}
