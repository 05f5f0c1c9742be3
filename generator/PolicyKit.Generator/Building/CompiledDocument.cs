using PolicyKit.Model.Document;
using PolicyKit.Rendering.Docx;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Generator.Building;

/// <summary>One school's version of one policy, with the model built and the Word reference document chosen.</summary>
internal sealed record CompiledDocument(SchoolSource School, PolicySource Policy, PolicyDocument Document, DocxReferenceDocument ReferenceDocument)
{
    /// <summary>The document's output of one format, under the output folder (see <see cref="OutputPaths"/>).</summary>
    public string RelativePath(OutputFormats format) => OutputPaths.Document(School.Id, Policy.Id, format);
}
