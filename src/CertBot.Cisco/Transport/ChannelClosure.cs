namespace CertBot.Cisco.Transport;

/// <summary>How a shell ended: the exit code (when the node sent one) and what the transport knows of the reason.</summary>
public sealed record ChannelClosure(int? ExitCode, string Diagnostics);
