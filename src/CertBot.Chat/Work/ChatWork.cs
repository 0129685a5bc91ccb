namespace CertBot.Chat.Work;

/// <summary>
/// A piece of work a front acknowledged to its platform and does after the answer: what kind (for the log), for
/// whom (for the log), and the work itself, given a token that fires when the host stops.
/// </summary>
public sealed record ChatWork(string Kind, string Principal, Func<CancellationToken, Task> Run);
