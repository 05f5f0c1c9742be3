using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>One school's version of one policy, with the model built and the Word reference document chosen.</summary>
internal sealed record PlannedDocument(SchoolSource School, PolicySource Policy, PolicyDocument Document, DocxReferenceDocument ReferenceDocument)
{
    public string RelativePath(string extension) => Path.Combine(School.Id, $"{Policy.Id}.{extension}");
}
