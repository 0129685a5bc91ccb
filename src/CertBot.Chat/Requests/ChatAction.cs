namespace CertBot.Chat.Requests;

/// <summary>A card button click (or the platform's automatic refresh of a card).</summary>
/// <param name="Verb">One of <see cref="Views.ChatVerbs"/>.</param>
/// <param name="Data">The button's data and the card's inputs (a comment).</param>
/// <param name="MessageId">The message that carries the card; the front replaces it with the reply's view.</param>
/// <param name="IsRefresh">Nobody clicked: the platform asks for the card's current view.</param>
public sealed record ChatAction(string Verb, IReadOnlyDictionary<string, string> Data, string? MessageId, bool IsRefresh = false)
{
    public string? Get(string key) => Data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public Guid? GetId(string key) => Guid.TryParse(Get(key), out var id) ? id : null;
}
