namespace CertBot.Chat.Views;

/// <summary>A button on a view. Pressing it asks the engine; it grants nothing by itself.</summary>
/// <param name="Verb">One of <see cref="ChatVerbs"/>.</param>
/// <param name="Destructive">Ends or refuses something (Reject, Abort, Cancel): fronts may style it.</param>
public sealed record ViewAction(string Title, string Verb, IReadOnlyDictionary<string, string> Data, bool Destructive = false);
