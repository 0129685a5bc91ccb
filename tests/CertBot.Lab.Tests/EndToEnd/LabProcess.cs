namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>A process seen in /proc: pid, start time (ticks since boot) and command line.</summary>
internal sealed record LabProcess(int Pid, long StartTicks, string CommandLine);
