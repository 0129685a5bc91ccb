using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Tests;

public sealed class ServiceRegistrationTests
{
    private static readonly Dictionary<string, string?> Cluster = new()
    {
        ["CertBot:Clusters:0:Name"] = "lab-east",
        ["CertBot:Clusters:0:Nodes:0:Name"] = "cucm-pub",
        ["CertBot:Clusters:0:Nodes:0:Product"] = "cucm",
        ["CertBot:Clusters:0:Nodes:0:Role"] = "publisher",
        ["CertBot:Clusters:0:Approvers:0"] = "aad:22222222-2222-2222-2222-222222222222",
    };

    [Fact]
    public void AddCertBotChat_BindsOnlyItsOwnSection_AndBuildsNoEngine()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Cluster)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CertBot:Chat:ProgressUpdateInterval"] = "00:00:02" }).Build();

        using var provider = new ServiceCollection().AddLogging().AddCertBotChat(configuration).BuildServiceProvider();

        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<ChatOptions>().ProgressUpdateInterval);
        Assert.Null(provider.GetService<CertBotEngine>());
        Assert.Null(provider.GetService<EngineOptions>());
    }

    [Fact]
    public void AddCertBotOptions_BindsTheCertBotSectionWithApproversAndWindows()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Cluster).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CertBot:Clusters:0:MaintenanceWindows:0:Day"] = "saturday",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Start"] = "22:00",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Duration"] = "06:00:00",
            ["CertBot:Clusters:0:TimeZone"] = "Europe/Amsterdam",
            ["CertBot:GateExpiry"] = "01:30:00",
        }).Build();

        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddCertBotOptions().BuildServiceProvider();

        var options = provider.GetRequiredService<EngineOptions>();
        var cluster = Assert.Single(options.Clusters);
        Assert.Equal(["aad:22222222-2222-2222-2222-222222222222"], cluster.Approvers);
        Assert.Equal(new NodeOptions("cucm-pub", Product.Cucm, NodeRole.Publisher), Assert.Single(cluster.Nodes));
        Assert.Equal(new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6)), Assert.Single(cluster.MaintenanceWindows));
        Assert.Equal("Europe/Amsterdam", cluster.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(90), options.GateExpiry);
        Assert.Empty(StartupProblems.Of(provider));
    }

    [Fact]
    public void AddCertBotOptions_TyposInTwoPlaces_NamesEachKeyAtStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Cluster).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CertBot:Clusters:0:Nodes:0:Product"] = "cucmx",
            ["CertBot:Clusters:0:MaintenanceWindows:0:Day"] = "caturday",
            ["CertBot:GateExpiry"] = "four hours",
        }).Build();

        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddCertBotOptions().BuildServiceProvider();

        var problems = StartupProblems.Of(provider);
        Assert.Contains("cluster 'lab-east' node 'cucm-pub' has Product 'cucmx': use cucm or imp", problems);
        Assert.Contains("cluster 'lab-east' maintenance window 0 has Day 'caturday': use sunday or monday or tuesday or wednesday or thursday or friday or saturday", problems);
        Assert.Contains("CertBot has GateExpiry 'four hours': use a duration such as 04:00:00", problems);
        // What could be read is bound all the same, so the other checks still see the cluster.
        var bound = new EngineOptions();
        ReadableConfiguration.Bind(configuration.GetSection(EngineOptions.Section), bound);
        Assert.Equal(("cucm-pub", EngineOptions.DefaultGateExpiry), (Assert.Single(Assert.Single(bound.Clusters).Nodes).Name, bound.GateExpiry));
    }
}
