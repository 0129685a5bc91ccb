using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Teams.Protocol;

/// <summary>
/// JSON as the Connector speaks it: camelCase, case-insensitive on reading, nulls left out on writing. The
/// same settings as <see cref="Cards.CardJson"/>, so a card inside an activity is written exactly as alone.
/// </summary>
public static class ConnectorJson
{
    /// <summary>Deep enough for any card CertBot sends; shallow enough that a hostile body cannot nest for long.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = MaxDepth,
    };
}
