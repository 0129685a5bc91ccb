using System.Text.Json;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Protocol;

/// <summary>
/// A card button click (or Teams' automatic refresh), whichever way it came: the invoke of an
/// <c>Action.Execute</c> or the message of its <c>Action.Submit</c> fallback. Both carry the verb, the action's
/// data and the card's inputs (a comment) in one flat map.
/// </summary>
/// <param name="Data">The action's data and the inputs, values as text; the verb itself is not repeated.</param>
/// <param name="IsAutomaticRefresh">Teams asked for a user's view of the card (<c>trigger: automatic</c>); nobody clicked.</param>
/// <param name="CardActivityId">The activity that carries the card (the inbound <c>replyToId</c>): what a PUT updates.</param>
public sealed record CardActionRequest(
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    CardActionSource Source,
    bool IsAutomaticRefresh,
    string? CardActivityId)
{
    /// <summary>Reads a card action from an activity; null when the activity is not one (a typed message, another invoke).</summary>
    public static CardActionRequest? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (activity.Type == ActivityTypes.Invoke && activity.Name == ActivityTypes.AdaptiveCardActionInvoke)
        {
            if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
                || !TryGetString(action, CardActions.VerbKey, out var verb))
            {
                return null;
            }

            var automatic = TryGetString(value, "trigger", out var trigger) && string.Equals(trigger, "automatic", StringComparison.OrdinalIgnoreCase);
            var data = action.TryGetProperty("data", out var d) ? Flatten(d) : new Dictionary<string, string>();
            return new CardActionRequest(verb, data, CardActionSource.Execute, automatic, activity.ReplyToId);
        }

        if (activity.Type == ActivityTypes.Message && TryGetString(value, CardActions.VerbKey, out var submitVerb))
        {
            return new CardActionRequest(submitVerb, Flatten(value), CardActionSource.Submit, false, activity.ReplyToId);
        }

        return null;
    }

    private static Dictionary<string, string> Flatten(JsonElement data)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object)
        {
            return flat;
        }

        foreach (var property in data.EnumerateObject())
        {
            if (property.NameEquals(CardActions.VerbKey) || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            // Strings as typed; anything else (a Teams "msteams" block, a number) as its JSON text.
            flat[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return flat;
    }

    private static bool TryGetString(JsonElement element, string name, out string value)
    {
        value = element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "";
        return value.Length > 0;
    }
}
