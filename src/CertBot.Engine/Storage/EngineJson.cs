using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Engine.Storage;

/// <summary>
/// The one JSON shape of plans, runs and events: what the plan hash is computed over and what stores persist.
/// Changing it changes every plan hash, so it is fixed here.
/// </summary>
public static class EngineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="JsonException">The text is not a <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null where a {typeof(T).Name} was stored");
}
