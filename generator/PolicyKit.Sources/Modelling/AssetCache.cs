using System.Collections.Concurrent;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Model.Document;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Sources.Modelling;

/// <summary>Reads each logo once per build, however many documents show it.</summary>
internal sealed class AssetCache(DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<(string Path, string Alt), Lazy<ImageAsset?>> _images = new();

    public ImageAsset? Image(AssetReference? reference, string altText) =>
        reference is null
            ? null
            : _images.GetOrAdd((reference.FullPath, altText), key => new Lazy<ImageAsset?>(() => ImageReader.Read(reference, key.Alt, diagnostics))).Value;
}
