using System.Text;
using System.Text.Json;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>Pieces every view uses: long line lists split into sections, and the view's buttons.</summary>
internal static class BlockParts
{
    /// <summary>Lines (already mrkdwn) as as few sections as fit, each within the section text limit.</summary>
    public static IEnumerable<Block> Lines(IEnumerable<string> lines, bool code = false)
    {
        // A code fence costs six characters per section, and escaping can only lengthen the text.
        var room = BlockKitLimits.SectionText - (code ? 6 : 0);
        var chunk = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = BlockKitLimits.Cut(raw, room);
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > room)
            {
                yield return Section(chunk.ToString(), code);
                chunk.Clear();
            }

            chunk.Append(chunk.Length > 0 ? "\n" : "").Append(line);
        }

        if (chunk.Length > 0)
        {
            yield return Section(chunk.ToString(), code);
        }
    }

    /// <summary>A line the approver must read first, bold behind a warning sign.</summary>
    public static string Warning(string line) => ":warning: *" + Mrkdwn.Escape(line) + "*";

    /// <summary>The zone of the message's times, said once (<see cref="TimeWords"/>).</summary>
    public static ContextBlock ZoneNote() => ContextBlock.Markdown(TimeWords.ZoneNote);

    /// <summary>The view's buttons as one actions block (none when the view has none: a settled message).</summary>

    /// <param name="used">Action ids other buttons of the message already use (section accessories), if any.</param>
    public static IEnumerable<Block> Buttons(IReadOnlyList<ViewAction> actions, string blockId, HashSet<string>? used = null)
    {
        if (actions.Count == 0)
        {
            yield break;
        }

        used ??= new HashSet<string>(StringComparer.Ordinal);
        yield return new ActionsBlock([.. actions.Take(BlockKitLimits.ActionElements).Select(a => Button(a, used))]) { BlockId = blockId };
    }

    /// <summary>
    /// One view button. <paramref name="used"/> holds the message's action ids so far: action_id must be unique in the
    /// message; the verb is what the click means, a suffix only separates twins.
    /// </summary>
    public static ButtonElement Button(ViewAction action, HashSet<string> used)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(used);
        var id = action.Verb;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{action.Verb}{SlackActionIds.Separator}{n}";
        }

        return new ButtonElement(
            TextObject.Plain(action.Title, BlockKitLimits.ButtonText),
            BlockKitLimits.Cut(id, BlockKitLimits.ActionId),
            Value(action.Data),
            action.Destructive ? ButtonElement.Danger : (action.Verb is ChatVerbs.Approve or ChatVerbs.RequestApproval or ChatVerbs.Confirm ? ButtonElement.Primary : null),
            Confirmation(action));
    }

    /// <summary>The button's data as compact JSON (ids and a plan hash: far below the 2000-character value limit).</summary>
    public static string Value(IReadOnlyDictionary<string, string> data)
    {
        var value = JsonSerializer.Serialize(data);
        return value.Length <= BlockKitLimits.ButtonValue
            ? value
            : throw new ArgumentException($"button data of {value.Length} characters exceeds Slack's {BlockKitLimits.ButtonValue}", nameof(data));
    }

    /// <summary>
    /// Approve and Skip change a cluster or leave work undone; Abort and the window override are as weighty. Slack
    /// asks "are you sure" before it sends such a click.
    /// </summary>
    private static ConfirmationDialog? Confirmation(ViewAction action) => action.Verb switch
    {
        ChatVerbs.Approve => ConfirmationDialog.Of("Approve this run?", "The run starts changing the cluster as planned. Your approval is recorded with your name.", "Approve", danger: false),
        ChatVerbs.Skip => ConfirmationDialog.Of("Skip this step?", "The run goes on without this step; what it should have done stays undone.", "Skip", danger: true),
        ChatVerbs.Abort => ConfirmationDialog.Of("Abort this run?", "The run stops here; steps already done are not undone.", "Abort", danger: true),
        ChatVerbs.OverrideWindow => ConfirmationDialog.Of("Run outside the window?", "Service-impacting steps run now, outside the maintenance window.", "Override", danger: true),
        _ => null,
    };

    private static SectionBlock Section(string text, bool code) => SectionBlock.Markdown(code ? "```" + text + "```" : text);
}
