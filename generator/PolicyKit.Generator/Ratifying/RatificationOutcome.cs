namespace PolicyKit.Generator.Ratifying;

/// <summary>What writing one approval into the sources did.</summary>
public enum RatificationOutcome
{
    /// <summary>The approval was written; <see cref="RatificationWriteResult.Changes"/> lists every line.</summary>
    Written,

    /// <summary>The sources already record exactly this ratification; nothing was written.</summary>
    AlreadyRecorded,

    /// <summary>The sources record a different ratification of that version at that school (or trust-wide); nothing was written.</summary>
    Conflict,

    /// <summary>The policy's history does not list the version approved: its wording is on another branch; nothing was written.</summary>
    VersionNotInSources,

    /// <summary>The approval names no such policy, school or body, or the sources have errors to fix first; nothing was written.</summary>
    Rejected,
}
