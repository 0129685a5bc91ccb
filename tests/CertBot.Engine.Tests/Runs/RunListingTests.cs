using CertBot.Engine.Procedures;

namespace CertBot.Engine.Tests.Runs;

public sealed class RunListingTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Runs_AreListedNewestFirst_SoALimitShowsTheRecentOnes()
    {
        var older = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var newer = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));

        Assert.Equal([newer, older], (await harness.Runs.ListAsync([], 10, default)).Select(r => r.Id));
        Assert.Equal([newer], (await harness.Runs.ListAsync([], 1, default)).Select(r => r.Id));
    }
}
