namespace CertBot.Slack.WebApi;

/// <summary>A message the bot posted: its channel and <c>ts</c> (the id <c>chat.update</c> and <c>thread_ts</c> take).</summary>
public sealed record SlackPostedMessage(string Channel, string Ts);
