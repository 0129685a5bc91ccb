using CertBot.Cisco.Parsing;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Nodes;

public sealed partial class CiscoNodeSession
{
    public async Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken)
    {
        const string command = "show network cluster";
        var output = await ReadAsync(command, cancellationToken);
        var members = NetworkClusterParser.Parse(output);
        return members.Count > 0 ? members : throw Unverified(command, output, "no cluster node could be read from the output.");
    }

    public async Task<string> GetActiveVersionAsync(CancellationToken cancellationToken)
    {
        const string command = "show version active";
        var output = await ReadAsync(command, cancellationToken);
        return VersionParser.ParseActiveVersion(output) ?? throw Unverified(command, output, "no 'Active Master Version' in the output.");
    }

    /// <summary>The scripts' 120 s: the command is slow on a real publisher (platform-cli.md §1.8).</summary>
    public async Task<ReplicationState> GetReplicationStateAsync(CancellationToken cancellationToken)
    {
        const string command = "utils dbreplication runtimestate";
        var output = await ReadAsync(command, cancellationToken, TimeSpan.FromSeconds(120));
        var state = ReplicationStateParser.Parse(output);
        return state.Servers.Count > 0 ? state : throw Unverified(command, output, "no replication row could be read from the output.");
    }

    public async Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken)
    {
        CliArgument.Word(name, "enterprise parameter", Node.ToString());
        var command = $"run sql select paramname,paramvalue from processconfig where paramname='{name}'";
        var rows = SqlTableParser.Parse(await ReadAsync(command, cancellationToken));
        return rows.FirstOrDefault(r => r.TryGetValue("paramname", out var n) && n.Equals(name, StringComparison.OrdinalIgnoreCase))
            is { } row && row.TryGetValue("paramvalue", out var value) ? value : null;
    }
}
