using System.Text.Json.Serialization;

namespace PolicyKit.Generator.Building;

// Source-generated, so reading the manifest costs no reflection on the no-change path.
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildManifest.StoredManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
