namespace CertBot.Testing;

/// <summary>Exit code and combined output of one <c>scripts/lab</c> run.</summary>
public sealed record LabScriptResult(int ExitCode, string Output);
