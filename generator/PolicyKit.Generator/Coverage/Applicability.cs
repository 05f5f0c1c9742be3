namespace PolicyKit.Generator.Coverage;

/// <summary>Whether a requirement applies to a school.</summary>
internal enum Applicability
{
    /// <summary>The school is of a kind the requirement names.</summary>
    Applies,

    /// <summary>The school is not.</summary>
    DoesNotApply,

    /// <summary>The requirement depends on the school's <c>type:</c>, which it has not given.</summary>
    DependsOnType,
}
