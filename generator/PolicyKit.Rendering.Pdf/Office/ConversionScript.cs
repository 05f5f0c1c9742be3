namespace PolicyKit.Rendering.Pdf.Office;

/// <summary>The UNO script (Scripts/convert.py) that loads each document, updates its contents and exports PDF.</summary>
internal static class ConversionScript
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ConversionScript).Assembly.GetManifestResourceStream("PolicyKit.Rendering.Pdf.convert.py")
            ?? throw new InvalidOperationException("The embedded resource convert.py is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
