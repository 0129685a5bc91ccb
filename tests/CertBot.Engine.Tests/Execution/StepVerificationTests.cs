using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Runs;

namespace CertBot.Engine.Tests.Execution;

/// <summary>
/// The verification contract seen from the steps: each change is judged once, on what the node port read back,
/// and no step reads the node again.
/// </summary>
public sealed class StepVerificationTests
{
    private readonly EngineHarness harness = new();

    private List<string> Log => harness.Lab.Port.Log;

    [Fact]
    public async Task Regeneration_ThatLeavesTheSerial_PausesTheRunAtThatStep()
    {
        harness.Lab["cucm-sub1"].RegenerationKeepsSerial = true;
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal("Regenerate tomcat on cucm-sub1", run.CurrentStep!.Title);
        Assert.Contains("tomcat.pem on cucm-sub1 still has serial", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegenerationAndRestart_ReadNothingBack_BeyondThePortsOwnServiceCheck()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);

        var changes = Log.Select((line, at) => (line, at)).Where(l => IsChange(l.line)).ToList();
        Assert.Equal(10, changes.Count);
        // The health check after the last change reads on purpose: it is its own step, not a change's verification.
        var health = Log.FindLastIndex(l => l.Contains(": utils dbreplication", StringComparison.Ordinal));
        foreach (var (line, at) in changes)
        {
            var node = line[..line.IndexOf(':', StringComparison.Ordinal)];
            var next = changes.FirstOrDefault(c => c.at > at && c.line.StartsWith(node + ":", StringComparison.Ordinal)).at;
            var readsAfter = Log.Skip(at + 1).Take((next == 0 ? health : next) - at - 1).Where(l => l.StartsWith(node + ":", StringComparison.Ordinal));
            Assert.Equal(line.Contains("utils service restart", StringComparison.Ordinal) ? [node + ": utils service list"] : [], readsAfter);
        }
    }

    [Fact]
    public async Task PurgeTrust_ListsNoTrustStoreOnceTheDeletionsStart()
    {
        var id = await harness.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);

        var firstDelete = Log.FindIndex(l => l.Contains(": set cert delete ", StringComparison.Ordinal));
        Assert.True(firstDelete > 0);
        Assert.DoesNotContain(Log.Skip(firstDelete), l => l.Contains("show cert", StringComparison.Ordinal));
    }

    private static bool IsChange(string line) =>
        line.Contains(": set cert", StringComparison.Ordinal) || line.Contains(": utils service restart", StringComparison.Ordinal);
}
