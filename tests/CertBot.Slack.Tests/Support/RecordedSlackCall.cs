using System.Text.Json;

namespace CertBot.Slack.Tests.Support;

/// <summary>One call the loopback Slack API received: the method, the bearer token and the JSON body.</summary>
/// <param name="AnsweredTs">The <c>ts</c> the fake answered with: for <c>chat.postMessage</c> the new message's id.</param>
public sealed record RecordedSlackCall(string Method, string? Authorization, JsonElement Body, DateTimeOffset At, string? AnsweredTs = null)
{
    public string? Get(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string? Channel => Get("channel");

    /// <summary>The message this call is about: the posted one (its new ts) or the updated one.</summary>
    public string? Ts => Method == "chat.postMessage" ? AnsweredTs : Get("ts");

    public string? ThreadTs => Get("thread_ts");

    public string Text => Get("text") ?? "";

    public JsonElement Blocks => Body.TryGetProperty("blocks", out var b) ? b : default;

    /// <summary>Every text in the blocks, joined: what a person reads.</summary>
    public string AllText => Text + "\n" + (Blocks.ValueKind == JsonValueKind.Array ? string.Join("\n", Texts(Blocks)) : "");

    /// <summary>The buttons of the message: action_id → value.</summary>
    public IReadOnlyList<(string ActionId, string Value, JsonElement Button)> Buttons =>
        Blocks.ValueKind != JsonValueKind.Array ? [] :
        [.. Blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Select(e => (e.GetProperty("action_id").GetString()!, e.TryGetProperty("value", out var v) ? v.GetString()! : "", e))];

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == "text" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return p.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var t in Texts(p.Value))
                        {
                            yield return t;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var t in Texts(item))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }
}
