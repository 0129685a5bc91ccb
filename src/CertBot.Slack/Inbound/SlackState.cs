using System.Text.Json;

namespace CertBot.Slack.Inbound;

/// <summary>The inputs of the clicked message (<c>state.values</c>: block id → action id → element state).</summary>
public sealed record SlackState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>>? Values)
{
    /// <summary>The text typed into the input of that action id, if any.</summary>
    public string? TextOf(string actionId) =>
        Values?.Values.Select(block => block.TryGetValue(actionId, out var input) ? input : default)
            .Where(input => input.ValueKind == JsonValueKind.Object && input.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
            .Select(input => input.GetProperty("value").GetString())
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
}
