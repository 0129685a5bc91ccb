using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

public sealed class RunIdsTests
{
    private static readonly Guid First = Guid.Parse("1a2b3c4d-1111-4000-8000-000000000001");
    private static readonly Guid Second = Guid.Parse("1a2b3c4d-2222-4000-8000-000000000002");
    private static readonly Guid Other = Guid.Parse("9f8e7d6c-3333-4000-8000-000000000003");
    private readonly EngineHarness harness = new();

    [Theory]
    [InlineData("9f8e7d6c")]
    [InlineData("#9f8e7d6c")]
    [InlineData("9F8E")]
    [InlineData("  9f8e7d6c-33 ")]
    [InlineData("9f8e7d6c-3333-4000-8000-000000000003")]
    public async Task ShortIdOrPrefix_WithHashDashesOrAnyCase_FindsTheRun(string typed)
    {
        await StoreRunsAsync();

        var found = await RunIds.FindAsync(harness.Store, typed, default);

        Assert.Equal((Other, RunIdProblem.None), (found.Id, found.Problem));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0000000x")]
    [InlineData("r-42")]
    public async Task TextThatIsNoId_IsNotAnId(string typed)
    {
        await StoreRunsAsync();

        Assert.Equal(RunIdProblem.NotAnId, (await RunIds.FindAsync(harness.Store, typed, default)).Problem);
    }

    [Fact]
    public async Task PrefixOfNoRun_IsNoMatch()
    {
        await StoreRunsAsync();

        Assert.Equal(RunIdProblem.NoMatch, (await RunIds.FindAsync(harness.Store, "5555", default)).Problem);
    }

    [Fact]
    public async Task PrefixOfSeveralRuns_IsAmbiguous_AndNamesThem()
    {
        await StoreRunsAsync();

        var found = await RunIds.FindAsync(harness.Store, "1a2b3c4d", default);

        Assert.Equal((null, RunIdProblem.Ambiguous), (found.Id, found.Problem));
        Assert.Equal([First, Second], found.Matches.Order());
        Assert.Equal(First, (await RunIds.FindAsync(harness.Store, "1a2b3c4d-1", default)).Id);
    }

    [Fact]
    public void ShortId_IsTheFirstEightHexDigits()
    {
        Assert.Equal("1a2b3c4d", RunIds.ShortId(First));
    }

    private async Task StoreRunsAsync()
    {
        var plan = await harness.Engine.Runs.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat), default);
        foreach (var id in new[] { First, Second, Other })
        {
            var now = harness.Time.GetUtcNow();
            await harness.Store.CreateAsync(new RunChange(Run.Create(id, plan, EngineHarness.Alice, now), now).ToUpdate(), default);
        }
    }
}
