using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Lab.State;

/// <summary>JSON settings of the node state files (camelCase, indented so a person can read them).</summary>
internal static class StateJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
