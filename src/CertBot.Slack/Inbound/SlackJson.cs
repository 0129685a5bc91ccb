using System.Text.Json;

namespace CertBot.Slack.Inbound;

/// <summary>How inbound Slack JSON is read: snake_case names, unknown fields ignored.</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Null for anything that is not the expected JSON shape.</summary>
    public static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
