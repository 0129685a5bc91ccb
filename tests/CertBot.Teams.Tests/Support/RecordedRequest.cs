namespace CertBot.Teams.Tests.Support;

/// <summary>One request as the recording connector received it.</summary>
/// <param name="AnsweredId">The activity id the connector answered with; null for scripted answers.</param>
/// <param name="RawTarget">The path and query exactly as sent, escapes included.</param>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body, DateTimeOffset ReceivedAt, string? AnsweredId = null);
