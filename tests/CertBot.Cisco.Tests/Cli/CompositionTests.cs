using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Cli.Commands;
using CertBot.Engine.Inventory;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cisco.Tests.Cli;

public sealed class CompositionTests
{
    [Fact]
    public async Task CliServices_ResolveTheNodePortAndTheInventoryAsSingletons_TheInventoryBoundedAsConfigured()
    {
        await using var services = CliServices.Create(new CertBotOptions { Ssh = { InventoryConcurrency = 3 } }, verbose: false);

        Assert.IsType<CiscoNodePort>(services.GetRequiredService<INodePort>());
        Assert.Same(services.GetRequiredService<INodePort>(), services.GetRequiredService<CiscoNodePort>());
        Assert.Same(services.GetRequiredService<InventoryReader>(), services.GetRequiredService<InventoryReader>());
        Assert.Equal(3, services.GetRequiredService<InventoryReader>().Concurrency);
    }
}
