using System.Text.Json.Nodes;

namespace CertBot.Teams.Tests.Support;

/// <summary>Activities as Teams (and the Agents Playground's channel view) send them, for a thread in a channel.</summary>
internal static class Activities
{
    public const string Thread = "19:ops@thread.tacv2;messageid=1700";

    public static JsonObject Message(Uri serviceUrl, string text, string aad = TeamsBotHost.RequesterAad, string name = "Rita Requester") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + name.Split(' ')[0].ToLowerInvariant(), ["name"] = name, ["aadObjectId"] = aad },
        ["recipient"] = new JsonObject { ["id"] = "28:certbot", ["name"] = "CertBot" },
        ["conversation"] = new JsonObject { ["id"] = Thread, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
        ["text"] = $"<at>CertBot</at> {text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>CertBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:certbot", ["name"] = "CertBot" },
        }),
    };

    /// <summary>An <c>Action.Execute</c> click on the card posted as <paramref name="cardId"/>.</summary>
    public static JsonObject Execute(Uri serviceUrl, string cardId, JsonObject action, string aad, string name)
    {
        var invoke = Message(serviceUrl, "", aad, name);
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = cardId;
        invoke["value"] = new JsonObject { ["action"] = action.DeepClone(), ["trigger"] = "manual" };
        return invoke;
    }

    /// <summary>The same activity in a person's 1:1 chat with the bot (<c>conversationType: personal</c>).</summary>
    public static JsonObject InConversation(this JsonObject activity, string personalConversationId)
    {
        activity["conversation"] = new JsonObject { ["id"] = personalConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
        return activity;
    }
}
