using PolicyKit.Model.Diagnostics;

namespace PolicyKit.Sources.Layout;

/// <summary>A <c>signatories:</c> entry: a role whose holder signs, or a name written out, and the label above it.</summary>
/// <param name="Role">A role id, or <c>headteacher</c> or <c>chair</c>; null when <paramref name="Name"/> is given.</param>
/// <param name="Name">The signatory's name as written; null when <paramref name="Role"/> is given.</param>
/// <param name="Label">The label, or null for the role's title.</param>
internal sealed record SignatorySpec(string? Role, string? Name, string? Label, SourceSpan Span)
{
    public const string Headteacher = "headteacher";

    public const string Chair = "chair";
}
