using System.Net;
using System.Text.RegularExpressions;

namespace CertBot.Teams.Protocol;

/// <summary>
/// The command text of a message (chat-protocols.md §1.3): in channels the bot only hears messages that
/// @mention it, and the mention (<c>&lt;at&gt;CertBot&lt;/at&gt;</c>) is part of the text.
/// </summary>
public static partial class MentionText
{
    /// <summary>
    /// Removes each mention of the bot (the entities whose <c>mentioned.id</c> is the recipient), then any
    /// remaining markup (other people's mentions keep their names), decodes HTML entities such as
    /// <c>&amp;nbsp;</c>, and collapses whitespace.
    /// </summary>
    public static string Strip(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is { Type: Entity.MentionType, Text.Length: > 0 }
                && botId is not null
                && string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }
        }

        // A client that sent the fragment without its entity: the bot's own name in <at> still is the mention.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }

        text = Markup().Replace(text, " ");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
