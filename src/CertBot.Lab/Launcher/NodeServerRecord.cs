namespace CertBot.Lab.Launcher;

/// <summary>The lab's resident simulator as <c>up</c> started it: enough to show it and to find it again.</summary>
/// <param name="MountNamespace">Its own namespace; <c>scripts/lab down</c> without binaries stops the processes of every recorded one.</param>
internal sealed record NodeServerRecord(int Pid, long? StartTicks, string? MountNamespace);
