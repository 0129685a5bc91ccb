namespace CertBot.Engine.Model;

/// <summary>One server's row of <c>utils dbreplication runtimestate</c> (platform-cli.md §4.3).</summary>
/// <param name="DbMon">The DB/RPC/DbMon flags, e.g. <c>Y/Y/Y</c>.</param>
/// <param name="State">The replication setup state number: 2 is <c>Setup Completed</c>, the only healthy one.</param>
/// <param name="StateText">The words after the number (<c>Setup Completed</c>, <c>Setup Incomplete</c>).</param>
public sealed record ReplicationServer(string Server, string Address, string DbMon, string Queue, int State, string StateText)
{
    public bool Healthy => State == 2;

    public override string ToString() => $"{Server} ({State}) {StateText} {DbMon}";
}
