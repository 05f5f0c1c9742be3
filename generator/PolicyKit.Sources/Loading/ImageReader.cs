using System.Buffers.Binary;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;

namespace PolicyKit.Sources.Loading;

/// <summary>Reads a logo and measures it from its header, so renderers get pixels and never touch files.</summary>
internal static class ImageReader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageAsset? Read(AssetReference reference, string altText, DiagnosticBag diagnostics)
    {
        if (!File.Exists(reference.FullPath))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, reference.Span, $"the logo '{SourceSetLoader.DisplayPath(reference.FullPath)}' does not exist; check the path, which is relative to the file that names it.");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(reference.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, reference.Span, $"cannot read the logo '{SourceSetLoader.DisplayPath(reference.FullPath)}': {ex.Message}");
            return null;
        }

        var name = Path.GetFileName(reference.FullPath);
        if (TryPng(bytes, out var width, out var height))
        {
            return new ImageAsset(name, bytes, ImageFormat.Png, width, height, altText);
        }

        if (TryJpeg(bytes, out width, out height))
        {
            return new ImageAsset(name, bytes, ImageFormat.Jpeg, width, height, altText);
        }

        diagnostics.Error(DiagnosticCodes.UnreadableImage, reference.Span, $"the logo '{name}' is not a PNG or JPEG image; export it as PNG.");
        return null;
    }

    private static bool TryPng(byte[] bytes, out int width, out int height)
    {
        width = height = 0;
        // The IHDR chunk always comes first: width and height are big-endian at offsets 16 and 20.
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            return false;
        }

        width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        return width > 0 && height > 0;
    }

    private static bool TryJpeg(byte[] bytes, out int width, out int height)
    {
        width = height = 0;
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }

        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return false;
            }

            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5));
                width = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                return width > 0 && height > 0;
            }

            i += 2 + length;
        }

        return false;
    }
}
