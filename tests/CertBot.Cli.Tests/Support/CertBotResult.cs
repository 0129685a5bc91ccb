namespace CertBot.Cli.Tests.Support;

/// <summary>What one <c>certbot</c> invocation printed and returned.</summary>
public sealed record CertBotResult(string Arguments, int ExitCode, string Output, string Error)
{
    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() => $"certbot {Arguments} -> exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
