namespace CertBot.Slack.BlockKit;

/// <summary>
/// A labelled input in a message (label ≤ 2000 characters). Its value is not sent on its own: Slack adds it to the
/// <c>state</c> of the next button click in the same message, which is how a comment travels with Approve or Reject.
/// </summary>
public sealed record InputBlock(TextObject Label, PlainTextInput Element, bool Optional = true, bool DispatchAction = false) : Block;
