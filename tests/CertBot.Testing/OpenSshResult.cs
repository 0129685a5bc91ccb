namespace CertBot.Testing;

/// <summary>Exit code and output of a finished OpenSSH client run.</summary>
public sealed record OpenSshResult(int ExitCode, string Output, string Error);
