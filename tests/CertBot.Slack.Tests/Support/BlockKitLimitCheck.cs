using System.Text.Json;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// Slack's documented Block Kit limits checked on the JSON that goes over the wire, independently of the model's own
/// cutting (docs.slack.dev/reference/block-kit): a list of what is over, empty for a message Slack accepts.
/// </summary>
public static class BlockKitLimitCheck
{
    public static List<string> Problems(JsonElement blocks)
    {
        var problems = new List<string>();
        if (blocks.GetArrayLength() > 50)
        {
            problems.Add($"{blocks.GetArrayLength()} blocks > 50");
        }

        var actionIds = new HashSet<string>();
        var blockIds = new HashSet<string>();
        foreach (var block in blocks.EnumerateArray())
        {
            var type = block.GetProperty("type").GetString();
            if (block.TryGetProperty("block_id", out var blockId) && (!blockIds.Add(blockId.GetString()!) || blockId.GetString()!.Length > 255))
            {
                problems.Add($"block_id {blockId} repeated or too long");
            }

            switch (type)
            {
                case "header":
                    Text(block.GetProperty("text"), "plain_text", 150, "header", problems);
                    break;
                case "section":
                    if (block.TryGetProperty("text", out var text))
                    {
                        Text(text, null, 3000, "section", problems);
                    }

                    if (block.TryGetProperty("fields", out var fields))
                    {
                        if (fields.GetArrayLength() > 10)
                        {
                            problems.Add("section has more than 10 fields");
                        }

                        foreach (var f in fields.EnumerateArray())
                        {
                            Text(f, null, 2000, "field", problems);
                        }
                    }

                    if (block.TryGetProperty("accessory", out var accessory))
                    {
                        Button(accessory, actionIds, problems);
                    }

                    if (!block.TryGetProperty("text", out _) && !block.TryGetProperty("fields", out _))
                    {
                        problems.Add("section without text or fields");
                    }

                    break;
                case "context":
                    var elements = block.GetProperty("elements");
                    if (elements.GetArrayLength() is 0 or > 10)
                    {
                        problems.Add("context with 0 or more than 10 elements");
                    }

                    foreach (var e in elements.EnumerateArray())
                    {
                        Text(e, null, 3000, "context", problems);
                    }

                    break;
                case "actions":
                    var buttons = block.GetProperty("elements");
                    if (buttons.GetArrayLength() is 0 or > 25)
                    {
                        problems.Add("actions with 0 or more than 25 elements");
                    }

                    foreach (var b in buttons.EnumerateArray())
                    {
                        Button(b, actionIds, problems);
                    }

                    break;
                case "divider":
                    break;
                case "input":
                    Text(block.GetProperty("label"), "plain_text", 2000, "input label", problems);
                    var element = block.GetProperty("element");
                    if (element.GetProperty("type").GetString() != "plain_text_input" || element.GetProperty("action_id").GetString()!.Length > 255
                        || (element.TryGetProperty("max_length", out var maxLength) && maxLength.GetInt32() > 3000))
                    {
                        problems.Add("input element not a plain text input within limits");
                    }

                    if (element.TryGetProperty("placeholder", out var placeholder))
                    {
                        Text(placeholder, "plain_text", 150, "placeholder", problems);
                    }

                    break;
                default:
                    problems.Add($"unknown block type {type}");
                    break;
            }
        }

        return problems;
    }

    private static void Button(JsonElement button, HashSet<string> actionIds, List<string> problems)
    {
        if (button.GetProperty("type").GetString() != "button")
        {
            problems.Add("non-button element");
        }

        Text(button.GetProperty("text"), "plain_text", 75, "button", problems);
        var id = button.GetProperty("action_id").GetString()!;
        if (id.Length > 255 || !actionIds.Add(id))
        {
            problems.Add($"action_id {id} too long or repeated");
        }

        if (button.TryGetProperty("value", out var value) && value.GetString()!.Length > 2000)
        {
            problems.Add("button value over 2000");
        }

        if (button.TryGetProperty("style", out var style) && style.GetString() is not ("primary" or "danger"))
        {
            problems.Add($"button style {style}");
        }

        if (button.TryGetProperty("confirm", out var confirm))
        {
            Text(confirm.GetProperty("title"), "plain_text", 100, "confirm title", problems);
            Text(confirm.GetProperty("text"), null, 300, "confirm text", problems);
            Text(confirm.GetProperty("confirm"), "plain_text", 30, "confirm button", problems);
            Text(confirm.GetProperty("deny"), "plain_text", 30, "deny button", problems);
        }
    }

    private static void Text(JsonElement text, string? requiredType, int max, string where, List<string> problems)
    {
        var type = text.GetProperty("type").GetString();
        if (type is not ("plain_text" or "mrkdwn") || (requiredType is not null && type != requiredType))
        {
            problems.Add($"{where}: text type {type}");
        }

        var value = text.GetProperty("text").GetString() ?? "";
        if (value.Length == 0)
        {
            problems.Add($"{where}: empty text");
        }

        if (value.Length > max)
        {
            problems.Add($"{where}: {value.Length} characters > {max}");
        }
    }
}
