using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddCertBotChat_WithoutEngineOptionsFromTheHost_ReadsTheCertBotSectionWithApproversAndWindows()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CertBot:Clusters:0:Name"] = "lab-east",
            ["CertBot:Clusters:0:Nodes:0:Name"] = "cucm-pub",
            ["CertBot:Clusters:0:Nodes:0:Product"] = "cucm",
            ["CertBot:Clusters:0:Nodes:0:Role"] = "publisher",
            ["CertBot:Clusters:0:Approvers:0"] = "aad:22222222-2222-2222-2222-222222222222",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Day"] = "saturday",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Start"] = "22:00",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Duration"] = "06:00:00",
            ["CertBot:Clusters:0:TimeZone"] = "Europe/Amsterdam",
            ["CertBot:GateExpiry"] = "01:30:00",
            ["CertBot:Chat:ProgressUpdateInterval"] = "00:00:02",
        }).Build();

        using var provider = new ServiceCollection().AddLogging().AddCertBotChat(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<EngineOptions>();
        var cluster = Assert.Single(options.Clusters);
        Assert.Equal(["aad:22222222-2222-2222-2222-222222222222"], cluster.Approvers);
        Assert.Equal(new NodeOptions("cucm-pub", Product.Cucm, NodeRole.Publisher), Assert.Single(cluster.Nodes));
        Assert.Equal(new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6)), Assert.Single(cluster.MaintenanceWindows));
        Assert.Equal("Europe/Amsterdam", cluster.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(90), options.GateExpiry);
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<ChatOptions>().ProgressUpdateInterval);
    }

    [Fact]
    public void EngineOptionsReader_AProductTypo_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CertBot:Clusters:0:Name"] = "lab-east",
            ["CertBot:Clusters:0:Nodes:0:Name"] = "cucm-pub",
            ["CertBot:Clusters:0:Nodes:0:Product"] = "cucmx",
            ["CertBot:Clusters:0:Nodes:0:Role"] = "publisher",
        }).Build();

        var error = Assert.Throws<FormatException>(() => EngineOptionsReader.Read(configuration.GetSection("CertBot")));

        Assert.Contains("cluster 'lab-east' node 'cucm-pub' has Product 'cucmx': use cucm or imp", error.Message, StringComparison.Ordinal);
    }
}
