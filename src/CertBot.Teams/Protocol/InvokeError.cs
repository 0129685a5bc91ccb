namespace CertBot.Teams.Protocol;

/// <summary>The value of an error invoke response (<c>application/vnd.microsoft.error</c>).</summary>
public sealed record InvokeError(string Code, string Message);
