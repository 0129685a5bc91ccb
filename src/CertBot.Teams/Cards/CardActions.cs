namespace CertBot.Teams.Cards;

/// <summary>The one way CertBot builds a button that reaches the bot, so both click paths carry the same verb and data.</summary>
public static class CardActions
{
    /// <summary>The key under which a submit (and the invoke reader) finds the verb.</summary>
    public const string VerbKey = "verb";

    /// <summary>
    /// An <c>Action.Execute</c> with an <c>Action.Submit</c> fallback whose data also holds the verb
    /// (chat-protocols.md §5.1): Teams clients send an invoke, older clients a message with a value.
    /// </summary>
    public static ExecuteAction Execute(string title, string verb, IReadOnlyDictionary<string, string> data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        ArgumentNullException.ThrowIfNull(data);
        if (data.ContainsKey(VerbKey))
        {
            throw new ArgumentException($"'{VerbKey}' is reserved for the action's verb.", nameof(data));
        }

        var submitData = new Dictionary<string, string>(data, StringComparer.Ordinal) { [VerbKey] = verb };
        return new ExecuteAction(title, verb)
        {
            Data = data,
            Fallback = new SubmitAction(title) { Data = submitData },
        };
    }
}
