namespace CertBot.Slack.Inbound;

/// <summary>/// An interactivity payload (form field <c>payload</c>, JSON) of type <c>block_actions</c>: who clicked which button
/// on which message. The clicker's id is what the engine checks; the button itself grants nothing.
/// </summary>
public sealed record SlackBlockActions(
    string? Type,
    SlackActor? User,
    SlackIdentifier? Team,
    SlackIdentifier? Channel,
    SlackContainer? Container,
    SlackClickedMessage? Message,
    IReadOnlyList<SlackClickedAction>? Actions,
    string? TriggerId,
    string? ResponseUrl,
    SlackState? State = null)
{
    public const string BlockActionsType = "block_actions";
}
