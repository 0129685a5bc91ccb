using System.Text.Json.Nodes;

namespace CertBot.Teams.Tests.Support;

/// <summary>Reading what the bot sent to a <see cref="RecordingConnector"/>: the card of a post, its buttons, a request still to come.</summary>
internal static class RecordedCards
{
    /// <summary>The Adaptive Card a post or update carries.</summary>
    public static JsonNode Card(RecordedRequest request) => JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!;

    /// <summary>The titles of a card's buttons (none once decided).</summary>
    public static List<string> Titles(JsonNode card) =>
        card["actions"] is JsonArray actions ? [.. actions.Select(a => (string)a!["title"]!)] : [];

    /// <summary>The first request <paramref name="find"/> returns within 20 s (the delivery posts in the background).</summary>
    public static async Task<RecordedRequest> Eventually(Func<RecordedRequest?> find)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the Connector never received the expected request");
    }
}
