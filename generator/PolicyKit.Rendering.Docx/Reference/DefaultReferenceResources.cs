using System.Text;

namespace PolicyKit.Rendering.Docx.Reference;

/// <summary>The XML parts of the built-in reference document, embedded from Resources/.</summary>
internal static class DefaultReferenceResources
{
    public static byte[] Bytes(string fileName)
    {
        using var stream = typeof(DefaultReferenceResources).Assembly.GetManifestResourceStream("PolicyKit.Rendering.Docx." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {fileName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The root element's XML without the declaration, as the SDK's outer-XML constructors expect.</summary>
    public static string RootXml(string fileName)
    {
        var text = Encoding.UTF8.GetString(Bytes(fileName));
        var declarationEnd = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        return text[declarationEnd..].Trim();
    }
}
