using CertBot.Cisco.Configuration;
using CertBot.Cisco.Inventory;
using CertBot.Cisco.Nodes;
using CertBot.Cli.Commands;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cisco.Tests.Cli;

public sealed class CompositionTests
{
    [Fact]
    public async Task CliServices_ResolveTheNodePortAndTheInventoryAsSingletons()
    {
        await using var services = CliServices.Create(new CertBotOptions(), verbose: false);

        Assert.IsType<CiscoNodePort>(services.GetRequiredService<INodePort>());
        Assert.Same(services.GetRequiredService<INodePort>(), services.GetRequiredService<CiscoNodePort>());
        Assert.Same(services.GetRequiredService<InventoryRunner>(), services.GetRequiredService<InventoryRunner>());
    }
}
