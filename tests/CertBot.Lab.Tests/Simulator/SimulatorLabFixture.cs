namespace CertBot.Lab.Tests.Simulator;

/// <summary>One seeded lab per test class; tests that change state use nodes or units no other test of the class reads.</summary>
public sealed class SimulatorLabFixture : IAsyncLifetime
{
    private SimulatorLab? lab;

    public SimulatorLab Lab => lab ?? throw new InvalidOperationException("lab not seeded");

    public async Task InitializeAsync() => lab = await SimulatorLab.CreateAsync();

    public Task DisposeAsync()
    {
        lab?.Dispose();
        return Task.CompletedTask;
    }
}
