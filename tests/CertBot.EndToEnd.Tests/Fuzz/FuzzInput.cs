using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertBot.EndToEnd.Tests.Fuzz;

/// <summary>
/// Seeded generator of what people and broken clients send: chat texts (commands, typos, unknown clusters, run ids,
/// control characters, right-to-left and zero-width text, very long words) and malformed Teams activities and Slack
/// payloads (invalid JSON, deep nesting, huge bodies, wrong types, unknown activity, invoke and event types). The
/// same seed gives the same inputs. No text names a configured cluster, so nothing logs into a node.
/// </summary>
internal sealed class FuzzInput(int seed)
{
    private static readonly string[] Verbs =
    [
        "help", "clusters", "certs", "cert", "inventory", "expiring", "expired", "check", "verify", "ipsec", "regenerate", "regen", "renew",
        "rotate", "purge", "delete", "clean", "exchange", "bulk", "swap", "status", "progress", "runs", "history", "cancel", "abort", "stop",
        "approve", "accept", "reject", "deny", "show", "details", "journal", "steps", "?", "usage",
        "regnerate", "purg", "stauts", "hepl", "certz", "aprove", "rejct", "exchnage", "RUNS", "Help!", "STATUS?", "Regen", "PURGE",
    ];

    private static readonly string[] Words =
    [
        "tomcat", "callmanager", "ipsec", "cup", "cup-xmpp", "xmpp", "tomcat-ecdsa", "callmanager-ecdsa", "tvs", "capf", "itlrecovery",
        "on", "to", "from", "for", "of", "the", "please", "now", "all", "trust", "certs", "certificates", "expiring", "expired", "days", "within",
        "30", "0", "-1", "99999999999999999999", "1e9", "0x1F", "prod-east", "lab-nowhere", "cluster9", "PROD", "east", "west",
        "#1a2b3c4d", "1a2b", "deadbeef", "00000000-0000-0000-0000-000000000000", "cucm-pub", "imp-sub1", "unified", "cm", "im", "presence",
        "--force", "-y", "&&", "||", ";", "|", "$(id)", "`id`", "../../etc/passwd", "C:\\Windows", "%s%s%n", "{0}", "null", "NaN", "undefined",
        "<script>alert(1)</script>", "<at>CertBot</at>", "**bold**", "_it_", "~~x~~", "> quote", "@channel", "<!here>", "<@U0BOT>", "&amp;",
        "\"quoted\"", "'single'", "\\", "emoji🙂", "🔥🔥🔥", "ünïcödé", "ß", "İstanbul", "ǅ", "e\u0301", "日本語", "中文证书", "한국어",
    ];

    /// <summary>Right-to-left, zero-width, bidi overrides, control characters, odd spaces.</summary>
    private static readonly string[] Odd =
    [
        "\u202Egnp.exe", "\u202Dx\u202C", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2066isolate\u2069", "\u061C",
        "مرحبا", "שלום עולם", "\u0600\u0601", "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029",
        "\t", "\r\n", "\n\n\n", "\u00A0", "\u3000", "\u180E", "\uFFFD", "\uFFFF", "\U0001F600", "\U000E0041", "\u0300\u0301\u0302\u0303",
    ];

    private readonly Random random = new(seed);

    /// <summary>A text a person could type: at least one letter or digit, so it always deserves an answer.</summary>
    public string Text()
    {
        var roll = random.Next(100);
        if (roll < 4)
        {
            // One very long word, or a long paragraph.
            var word = new string(Pick("xyz0abc-é日".ToCharArray()), random.Next(1_000, 40_000));
            return random.Next(2) == 0 ? word : Pick(Verbs) + " " + word;
        }

        var text = new StringBuilder();
        if (random.Next(100) < 70)
        {
            text.Append(Pick(Verbs));
        }

        for (var n = random.Next(0, 10); n > 0; n--)
        {
            text.Append(random.Next(6) == 0 ? Pick(Odd) : " ").Append(random.Next(5) == 0 ? Pick(Odd) : Pick(Words));
        }

        var typed = text.ToString();
        return typed.Any(char.IsLetterOrDigit) ? typed : "help " + typed;
    }

    /// <summary>A Teams message activity in a conversation of its own, from a person of its own.</summary>
    public static JsonObject TeamsMessage(Uri serviceUrl, string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = "m-" + conversation,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString().TrimEnd('/'),
        ["timestamp"] = "2026-12-05T03:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:" + conversation, ["name"] = "Fuzz " + conversation, ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CertBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-fuzz" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-fuzz" } },
        ["text"] = text,
    };

    /// <summary>A Slack app mention in a channel of its own.</summary>
    public static string SlackMention(string channel, string user, string text) => JsonSerializer.Serialize(new
    {
        token = "deprecated",
        team_id = FuzzHost.SlackTeam,
        api_app_id = "A0CERTBOT",
        type = "event_callback",
        event_id = "Ev" + channel,
        event_time = 1_700_000_000,
        @event = new { type = "app_mention", user, text = "<@U0BOT> " + text, ts = "1700000000.000100", channel, event_ts = "1700000000.000100" },
    });

    /// <summary>A malformed or unexpected <c>/api/messages</c> body and its content type.</summary>
    public (string Body, string ContentType) MalformedActivity(Uri serviceUrl, int index)
    {
        var activity = TeamsMessage(serviceUrl, $"bad-{index}", Text());
        switch (random.Next(10))
        {
            case 0:
                var whole = activity.ToJsonString();
                return (whole[..random.Next(whole.Length)], Json);
            case 1:
                activity["value"] = "__nested__";
                activity["type"] = Pick(["invoke", "message"]);
                return (activity.ToJsonString().Replace("\"__nested__\"", Nested(random.Next(65, 20_000)), StringComparison.Ordinal), Json);
            case 2:
                activity["text"] = new string('A', random.Next(260_000, 1_200_000));
                return (activity.ToJsonString(), Json);
            case 3:
                activity[Pick(["text", "from", "conversation", "recipient", "serviceUrl", "channelId", "type", "id", "channelData", "entities", "value", "replyToId"])] = WrongValue();
                return (activity.ToJsonString(), Json);
            case 4:
                activity["type"] = Pick(["typing", "endOfConversation", "event", "conversationUpdate", "messageReaction", "installationUpdate", "deleteUserData", "", "MESSAGE", "foo\u0000"]);
                return (activity.ToJsonString(), Json);
            case 5:
                activity["type"] = "invoke";
                activity["name"] = Pick(["adaptiveCard/action", "composeExtension/query", "signin/verifyState", "task/fetch", "actionableMessage/executeAction", "", "\u202Eevil"]);
                activity["value"] = new JsonObject
                {
                    ["action"] = new JsonObject
                    {
                        ["type"] = Pick(["Action.Execute", "Action.Submit", "x"]),
                        ["verb"] = Pick(["approve", "reject", "showAll", "requestApproval", "refresh", "retry", "nope", "", "\u0000"]),
                        ["data"] = random.Next(3) == 0 ? WrongValue() : new JsonObject { ["run"] = Pick([Guid.NewGuid().ToString(), "x", ""]), ["plan"] = Pick([Guid.NewGuid().ToString(), "1"]), ["cluster"] = Pick(["fuzz-nowhere", "\u202E"]) },
                    },
                    ["trigger"] = "manual",
                };
                return (activity.ToJsonString(), Json);
            case 6:
                activity["conversation"]!["id"] = Pick(Odd) + Pick(Odd);
                activity["from"]!["name"] = Pick(Odd);
                activity["serviceUrl"] = Pick(["https://evil.example/", "file:///etc/passwd", "http://127.0.0.1:1/", "", "\u202Ehttp://x"]);
                return (activity.ToJsonString(), Json);
            case 7:
                return (activity.ToJsonString(), Pick(["text/plain", "application/x-www-form-urlencoded", "", "application/json; charset=utf-16", "multipart/form-data"]));
            case 8:
                return (Pick(["", "null", "[]", "{}", "\"x\"", "5", "{\"type\":null}", "{\"type\":\"message\"}", "\uFEFF{}", "{\"a\":1,\"a\":2}"]), Json);
            default:
                var bytes = new byte[random.Next(1, 4096)];
                random.NextBytes(bytes);
                return (Encoding.Latin1.GetString(bytes), Json);
        }
    }

    /// <summary>A malformed or unexpected Slack request: the path under <c>/slack</c>, the body, its content type, and whether to sign it.</summary>
    public (string Path, string Body, string ContentType, bool Signed) MalformedSlack(int index)
    {
        var channel = $"CBAD{index}";
        var signed = random.Next(10) != 0;
        switch (random.Next(9))
        {
            case 0:
                var mention = SlackMention(channel, "UBAD", Text());
                return ("/events", mention[..random.Next(mention.Length)], Json, signed);
            case 1:
                return ("/events", $"{{\"type\":\"event_callback\",\"team_id\":\"{FuzzHost.SlackTeam}\",\"event\":{Nested(random.Next(65, 20_000))}}}", Json, signed);
            case 2:
                return (Pick(["/events", "/commands", "/interactivity"]), new string('x', random.Next(1_100_000, 1_500_000)), Json, signed);
            case 3:
                var node = JsonNode.Parse(SlackMention(channel, "UBAD", Text()))!.AsObject();
                var target = random.Next(2) == 0 ? node : node["event"]!.AsObject();
                target[Pick(["type", "event", "user", "text", "channel", "team_id", "event_id", "ts", "thread_ts", "bot_id"])] = WrongValue();
                return ("/events", node.ToJsonString(), Json, signed);
            case 4:
                var unknown = JsonNode.Parse(SlackMention(channel, "UBAD", Text()))!.AsObject();
                unknown["event"]!["type"] = Pick(["reaction_added", "message", "member_joined_channel", "app_home_opened", "", "\u0000", "APP_MENTION"]);
                unknown["type"] = Pick(["event_callback", "url_verification", "app_rate_limited", "block_actions", "zzz"]);
                return ("/events", unknown.ToJsonString(), Json, signed);
            case 5:
                var payload = random.Next(3) switch
                {
                    0 => "{not json",
                    1 => JsonSerializer.Serialize(new { type = Pick(["block_actions", "view_submission", "shortcut", "message_action", "x"]), user = WrongValue(), actions = WrongValue(), team = new { id = FuzzHost.SlackTeam } }),
                    _ => JsonSerializer.Serialize(new
                    {
                        type = "block_actions",
                        team = new { id = FuzzHost.SlackTeam },
                        user = new { id = "UBAD", team_id = FuzzHost.SlackTeam },
                        channel = new { id = channel },
                        container = new { type = "message", message_ts = "1.2", channel_id = channel },
                        response_url = Pick(["https://evil.example/x", "not a url", "http://127.0.0.1:1/hooks/x"]),
                        actions = new[] { new { type = "button", action_id = Pick(["approve", "showAll", "zzz", "", "\u202E"]), value = Pick(["{}", "{\"run\":\"x\"}", "not json", new string('v', 5000)]) } },
                    }),
                };
                return ("/interactivity", "payload=" + Uri.EscapeDataString(payload), Form, signed);
            case 6:
                var fields = new Dictionary<string, string>
                {
                    ["team_id"] = Pick([FuzzHost.SlackTeam, "", "TOTHER"]),
                    ["channel_id"] = Pick([channel, "", "\u202E"]),
                    ["user_id"] = Pick(["UBAD", "", "\u0000"]),
                    ["command"] = Pick(["/certbot", "", "/other"]),
                    ["text"] = Text(),
                    ["response_url"] = Pick(["https://evil.example/x", "", "ftp://x"]),
                };
                foreach (var drop in fields.Keys.Where(_ => random.Next(4) == 0).ToList())
                {
                    fields.Remove(drop);
                }

                return ("/commands", new FormUrlEncodedContent(fields).ReadAsStringAsync().GetAwaiter().GetResult(), Form, signed);
            case 7:
                return (Pick(["/events", "/commands", "/interactivity"]), Pick(["", "payload=", "payload=%ZZ", "=&=&", "\uFEFF", "{\"type\":\"url_verification\",\"challenge\":{\"x\":1}}", "{\"type\":\"url_verification\"}"]), Pick([Json, Form, "text/plain"]), signed);
            default:
                var bytes = new byte[random.Next(1, 4096)];
                random.NextBytes(bytes);
                return (Pick(["/events", "/commands", "/interactivity"]), Encoding.Latin1.GetString(bytes), Pick([Json, Form]), signed);
        }
    }

    public const string Json = "application/json";

    public const string Form = "application/x-www-form-urlencoded";

    private JsonNode? WrongValue() => random.Next(8) switch
    {
        0 => 5,
        1 => true,
        2 => new JsonArray(1, "x", null),
        3 => new JsonObject { ["nested"] = new JsonObject { ["x"] = 1.5e308 } },
        4 => null,
        5 => "",
        6 => new string('\u202E', 100),
        _ => -1e-300,
    };

    /// <summary>Arrays nested <paramref name="depth"/> deep, as JSON text (no serializer would write them).</summary>
    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
