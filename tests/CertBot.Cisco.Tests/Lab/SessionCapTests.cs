using CertBot.Engine.Inventory;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>
/// One cap on CertBot's sessions per node, shared by every caller of the node port (inventory, plans, runs, the
/// command line in process): a caller over the cap waits for a session to end, or is told the node is busy.
/// </summary>
[Collection(SharedCiscoLab.Name)]
public sealed class SessionCapTests(CiscoLab lab)
{
    private static readonly Dictionary<string, string?> TwoPerNode = new()
    {
        ["CertBot:Ssh:MaxSessionsPerNode"] = "2",
        ["CertBot:Ssh:SessionWaitTimeout"] = "00:00:01.500",
    };

    [Fact]
    public async Task ThirdSession_OnANode_WaitsForOneToEnd_OrIsToldTheNodeIsBusy_OtherNodesAreFree()
    {
        using var connection = new LabConnection(lab, TwoPerNode);
        await using var first = await connection.OpenAsync("lab-west", "cucm-pub");
        var second = await connection.OpenAsync("lab-west", "cucm-pub");

        var busy = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-west", "cucm-pub"));
        Assert.Equal(NodeFailure.Busy, busy.Failure);
        Assert.Contains("MaxSessionsPerNode", busy.Message, StringComparison.Ordinal);
        await using (await connection.OpenAsync("lab-west", "cucm-sub1"))
        {
            // another node of the same cluster has its own places
        }

        var waiting = connection.OpenAsync("lab-west", "cucm-pub");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await second.DisposeAsync();
        await using var third = await waiting;
        Assert.False(string.IsNullOrEmpty(await third.GetActiveVersionAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Inventory_SharesTheCap_WithSessionsAlreadyOpen_AndStillReadsTheNodeOnceOneEnds()
    {
        using var connection = new LabConnection(lab, new Dictionary<string, string?>(TwoPerNode) { ["CertBot:Ssh:SessionWaitTimeout"] = "00:00:30" });
        var held = new List<IAsyncDisposable>
        {
            await connection.OpenAsync("lab-west", "cucm-pub"),
            await connection.OpenAsync("lab-west", "cucm-pub"),
        };
        var reader = new InventoryReader(connection.Port, TimeProvider.System, 8);

        var inventory = reader.ReadAsync([connection.Ref("lab-west", "cucm-pub")], null, CancellationToken.None);
        await Task.Delay(500);
        Assert.False(inventory.IsCompleted);
        await held[0].DisposeAsync();
        var node = Assert.Single(Assert.Single(await inventory).Nodes);

        Assert.Null(node.Error);
        await held[1].DisposeAsync();
    }
}
