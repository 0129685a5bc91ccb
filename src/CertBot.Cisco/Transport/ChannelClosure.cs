namespace CertBot.Cisco.Transport;

/// <summary>How a shell ended: the client's exit code (when there is one) and its diagnostics (stderr).</summary>
public sealed record ChannelClosure(int? ExitCode, string Diagnostics);
