using System.Text.Json.Nodes;
using CertBot.EndToEnd.Tests.Infrastructure;

namespace CertBot.EndToEnd.Tests.Instances;

/// <summary>What an activity the host sent carried, read from its Adaptive Card: the kind of card and its buttons.</summary>
/// <param name="Gate">The gate a gate card's buttons decide (null for other cards, and for a decided gate, which has none).</param>
public sealed record ConnectorCard(SentActivity Call, string Kind, IReadOnlyList<JsonObject> Actions, string? Gate)
{
    public const string Plan = "plan";
    public const string GateCard = "gate";
    public const string Summary = "summary";
    public const string Progress = "progress";
    public const string Text = "text";

    public static ConnectorCard Read(SentActivity call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Card is not { } card)
        {
            return new ConnectorCard(call, Text, [], null);
        }

        var actions = Descendants(card).Where(o => (string?)o["type"] == "Action.Execute").ToList();
        var facts = Descendants(card).Where(o => (string?)o["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => (string?)x!["title"])).ToList();
        var gate = actions.Select(a => (string?)a["data"]?["gate"]).FirstOrDefault(g => g is not null);
        var kind = actions.Any(a => (string?)a["verb"] == "requestApproval") ? Plan
            : facts.Contains("Took") ? Summary
            : facts.Contains("Impact") && facts.Contains("Plan") ? GateCard
            : Progress;
        return new ConnectorCard(call, kind, actions, gate);
    }

    /// <summary>The card's visible words, to name it in a failure.</summary>
    public override string ToString() => $"{Call.Method} {Call.Id} {Kind} {Gate}: {Call.Text}";

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var d in Descendants(child))
                    {
                        yield return d;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                foreach (var d in Descendants(child))
                {
                    yield return d;
                }
            }
        }
    }
}
