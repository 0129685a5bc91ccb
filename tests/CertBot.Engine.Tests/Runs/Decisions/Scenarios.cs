using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Tests.Runs.Decisions;

/// <summary>Runs of <c>regenerate tomcat</c> brought to the state a decision is tried in.</summary>
internal static class Scenarios
{
    public static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);

    public const string Stranger = "slack:U999";

    /// <summary>Requested by alice: waits at the approval gate.</summary>
    public static Task<Guid> AtApprovalAsync(this EngineHarness harness) => harness.RequestAsync(Tomcat);

    /// <summary>Approved by bob and worked: waits at the confirmation of "PRG HA off" (a manual step).</summary>
    public static async Task<Guid> AtConfirmationAsync(this EngineHarness harness)
    {
        var id = await harness.RequestAsync(Tomcat);
        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        await harness.WorkAsync();
        Assert.Equal(GateKind.Confirmation, (await harness.OpenGateAsync(id)).Kind);
        return id;
    }

    /// <summary>Approved, nothing worked yet: Running.</summary>
    public static async Task<Guid> RunningAsync(this EngineHarness harness)
    {
        var id = await harness.RequestAsync(Tomcat);
        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        return id;
    }

    /// <summary>A regeneration on imp-sub1 failed: Paused at that step.</summary>
    public static async Task<Guid> PausedAsync(this EngineHarness harness)
    {
        harness.Lab.Port.FailOnce.Add("imp-sub1: set cert regen tomcat");
        var id = await harness.RequestAsync(Tomcat);
        Assert.Equal(RunState.Paused, (await harness.DriveAsync(id)).State);
        return id;
    }

    /// <summary>
    /// The run is as before but for one journal line: a refusal changes nothing, and leaves a trace of who tried
    /// what (so a forged approval is on record).
    /// </summary>
    public static async Task AssertUnchangedAsync(this EngineHarness harness, Guid id, Run before)
    {
        var after = await harness.RunAsync(id);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(EngineJson.Serialize(before with { Version = 0, UpdatedAt = default }), EngineJson.Serialize(after with { Version = 0, UpdatedAt = default }));
        Assert.Equal(JournalKind.Refused, (await harness.JournalAsync(id))[^1].Kind);
    }
}
