namespace CertBot.Slack.Inbound;

/// <summary>One clicked element: its <c>action_id</c> (the verb) and <c>value</c> (the view's data).</summary>
public sealed record SlackClickedAction(string? ActionId, string? Value, string? ActionTs);
