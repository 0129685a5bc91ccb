namespace CertBot.Teams.Cards;

/// <summary>
/// <c>Action.Submit</c>: the client posts a <c>message</c> activity whose <c>value</c> is <see cref="Data"/> plus the
/// card's inputs. Used as the fallback of <see cref="ExecuteAction"/>; its data carries the verb itself.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
