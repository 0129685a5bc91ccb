using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Slack.BlockKit;

/// <summary>Slack's JSON: snake_case names, nothing written for null.</summary>
public static class BlockKitJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IReadOnlyList<Block> blocks) => JsonSerializer.Serialize(blocks, Options);
}
