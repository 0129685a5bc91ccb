using CertBot.Engine.Inventory;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>P0 over the fake lab: bounded concurrency, one login per node, a failing node reported on that node only.</summary>
public sealed class InventoryReaderTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeLab lab = new();

    private IEnumerable<NodeRef> All => lab.Port.Nodes.Values.Select(n => n.Ref);

    [Fact]
    public async Task Read_EveryNode_OverExactlyOneLoginEach_InTheOrderGiven()
    {
        var reported = new List<string>();

        var result = await new InventoryReader(lab.Port, TimeProvider.System, 8).ReadAsync(All, n => reported.Add(n.Node.Name), None);

        Assert.Equal(["lab-east", "lab-west"], result.Select(c => c.Name));
        Assert.Equal(["imp-sub1", "cucm-sub1", "imp-pub", "imp-sub2", "cucm-pub"], result[0].Nodes.Select(n => n.Node.Name));
        Assert.Equal(7, reported.Count);
        Assert.All(lab.Port.Nodes.Keys, n => Assert.Equal(1, lab.Port.Opened[n]));
        Assert.All(result.SelectMany(c => c.Nodes), n =>
        {
            Assert.Null(n.Error);
            Assert.True(n.Reachable);
            Assert.Equal("14.0.1.13900-155", n.Version);
            Assert.Contains(n.Certificates, c => c.IsIdentity && c.Unit == "tomcat");
            Assert.Contains(n.Services, s => s.Name == Services.Tomcat);
            Assert.Equal(n.Node.Role == NodeRole.Publisher, n.ClusterMembers.Count > 0);
        });
    }

    [Fact]
    public async Task Read_OneNodeUnreachable_IsReportedOnThatNode_TheOthersComplete()
    {
        lab.Port.Unreachable.Add("imp-sub1");

        var result = await new InventoryReader(lab.Port, TimeProvider.System, 8).ReadAsync(All, null, None);

        var nodes = result.SelectMany(c => c.Nodes).ToList();
        var down = nodes.Single(n => n.Node.Name == "imp-sub1");
        Assert.False(down.Reachable);
        Assert.Equal(NodeFailure.Unreachable, down.Failure);
        Assert.Equal("imp-sub1 does not answer on port 22", down.Error);
        Assert.Empty(down.Certificates);
        Assert.All(nodes.Where(n => n != down), n => Assert.Null(n.Error));
    }

    [Fact]
    public async Task Read_ACommandFailingAfterLogin_KeepsWhatTheNodeAnsweredBefore()
    {
        lab.Port.FailOnce.Add("cucm-sub1: utils service list");

        var node = await new InventoryReader(lab.Port, TimeProvider.System, 8).ReadNodeAsync(lab["cucm-sub1"].Ref, None);

        Assert.True(node.Reachable);
        Assert.Equal(NodeFailure.CommandFailed, node.Failure);
        Assert.Equal("utils service list failed on cucm-sub1", node.Error);
        Assert.Contains(node.Certificates, c => c.IsIdentity && c.Unit == "tomcat");
        Assert.Contains(node.Certificates, c => !c.IsIdentity);
        Assert.Empty(node.Services);
    }

    [Fact]
    public async Task Read_FailuresThatAreNoNodeException_AreReportedOnTheirNodeToo()
    {
        lab.Port.BeforeCommand = line =>
        {
            // Output the adapter cannot read, and a timeout of the transport's own (not the caller's cancellation).
            if (line == "imp-pub: show version active")
            {
                throw new FormatException("unreadable version line");
            }

            if (line == "west-sub1: show cert list trust")
            {
                throw new TaskCanceledException("the command timed out");
            }
        };
        var unknown = new NodeRef("lab-east", "imp-sub9", Product.Imp, NodeRole.Subscriber);

        var result = await new InventoryReader(lab.Port, TimeProvider.System, 3).ReadAsync([.. All, unknown], null, None);

        var errors = result.SelectMany(c => c.Nodes).Where(n => n.Error is not null).ToDictionary(n => n.Node.Name, n => n.Error);
        Assert.Equal(["imp-pub", "imp-sub9", "west-sub1"], errors.Keys.Order());
        Assert.Equal("unreadable version line", errors["imp-pub"]);
        Assert.Equal("the command timed out", errors["west-sub1"]);
        Assert.Equal(8, result.Sum(c => c.Nodes.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Read_NeverLogsInToMoreNodesAtOnceThanTheBound_AndUsesIt(int concurrency)
    {
        lab.Port.LoginDelay = TimeSpan.FromMilliseconds(60);

        var result = await new InventoryReader(lab.Port, TimeProvider.System, concurrency).ReadAsync(All, null, None);

        Assert.Equal(concurrency, lab.Port.MostConcurrentLogins);
        Assert.All(result.SelectMany(c => c.Nodes), n => Assert.Null(n.Error));
    }

    [Fact]
    public async Task Read_CancelledByTheCaller_EndsTheWholeInventory()
    {
        using var cancel = new CancellationTokenSource();
        lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-pub: show version active")
            {
                cancel.Cancel();
            }
        };
        lab.Port.LoginDelay = TimeSpan.FromMilliseconds(20);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new InventoryReader(lab.Port, TimeProvider.System, 1).ReadAsync(All, null, cancel.Token));
    }

    [Fact]
    public void Create_WithNoConcurrency_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InventoryReader(lab.Port, TimeProvider.System, 0));
}
