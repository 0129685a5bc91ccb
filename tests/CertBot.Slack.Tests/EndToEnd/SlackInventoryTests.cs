using System.Net;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>A mention asking for a cluster's certificates, answered in its thread from the lab's nodes.</summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackInventoryTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CINVENTORY1";
    private FakeSlackApi slack = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        bot = await SlackBot.StartAsync(lab, slack);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task Mention_CertsOfACluster_ListsEveryNodeInTheThreadWithinSlackLimits()
    {
        const string ts = "1700000500.000100";
        using var response = await bot.PostAsync("/slack/events",
            SlackPayloads.Mention("EvINVENTORY1", "UREADER001", Channel, ts, "<@UBOT0001> certs lab-west expiring within 3650 days"), SlackPayloads.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var answer = await slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == ts, "the inventory", TimeSpan.FromSeconds(60));

        Assert.Equal(Channel, answer.Channel);
        Assert.Contains("Certificates of lab-west", answer.AllText, StringComparison.Ordinal);
        foreach (var node in lab.Inventory.Cluster("lab-west").Nodes)
        {
            Assert.Contains($"*{node.Name}*", answer.AllText, StringComparison.Ordinal);
        }

        Assert.Contains("tomcat", answer.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(answer.Blocks));
    }
}
