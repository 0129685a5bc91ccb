namespace CertBot.Testing;

/// <summary>One line of a lab node's command log: when, where, what was typed.</summary>
public sealed record LoggedCommand(DateTimeOffset At, string Cluster, string Node, string Command)
{
    public override string ToString() => $"{At:HH:mm:ss.fff} {Cluster}/{Node}: {Command}";
}
