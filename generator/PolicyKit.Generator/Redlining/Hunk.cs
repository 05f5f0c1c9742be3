namespace PolicyKit.Generator.Redlining;

/// <summary>A run of the old sequence and the run of the new one it aligns with: equal (same length), or changed.</summary>
internal readonly record struct Hunk(int OldStart, int OldCount, int NewStart, int NewCount, bool Equal);
