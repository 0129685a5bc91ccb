namespace CertBot.Slack.Inbound;

/// <summary>Work acknowledged to Slack and done after the answer: what kind, for whom (for the log), and the work.</summary>
internal sealed record SlackWorkItem(string Kind, string Principal, Func<CancellationToken, Task> Work);
