namespace PolicyKit.Model.Document;

/// <summary>An image already read and measured by the source loader, so renderers never touch the file system.</summary>
public sealed record ImageAsset(
    string FileName,
    ReadOnlyMemory<byte> Bytes,
    ImageFormat Format,
    int PixelWidth,
    int PixelHeight,
    string AltText);
