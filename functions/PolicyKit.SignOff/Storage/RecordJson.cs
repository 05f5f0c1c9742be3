using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyKit.SignOff.Storage;

/// <summary>How records are written to storage. Evidence is hashed as stored, byte for byte, so the format never needs canonicalising.</summary>
internal static class RecordJson
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static BinaryData Serialize<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public static T Deserialize<T>(BinaryData data, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(data.ToMemory().Span, Options)
                ?? throw new SignOffException($"Storage record {name} is empty.");
        }
        catch (JsonException ex)
        {
            throw new SignOffException($"Storage record {name} is not a record PolicyKit wrote ({ex.Message}).", ex);
        }
    }

    public static async Task<T?> ReadAsync<T>(SignOffStore store, string name, CancellationToken cancellationToken)
        where T : class
    {
        var blob = await store.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return blob is null ? null : Deserialize<T>(blob.Content, name);
    }
}
