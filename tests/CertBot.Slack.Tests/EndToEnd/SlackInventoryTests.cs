using System.Net;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>A mention asking for a cluster's certificates, answered in its thread from the lab's nodes.</summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackInventoryTests(SlackLab lab) : SlackBotTests(lab)
{
    private const string Channel = "CINVENTORY1";

    [Fact]
    public async Task Mention_CertsOfACluster_CountsEveryNode_AndListsTheExpiredTrust_WithinSlackLimits()
    {
        const string ts = "1700000500.000100";
        using var response = await Bot.PostAsync("/slack/events",
            SlackPayloads.Mention("EvINVENTORY1", "UREADER001", Channel, ts, "<@UBOT0001> certs lab-west expiring within 3650 days"), SlackPayloads.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var answer = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == ts, "the inventory", TimeSpan.FromSeconds(60));

        Assert.Equal(Channel, answer.Channel);
        Assert.Contains("Certificates of lab-west", answer.AllText, StringComparison.Ordinal);
        foreach (var node in lab.Inventory.Cluster("lab-west").Nodes)
        {
            Assert.Contains($"*{node.Name}*", answer.AllText, StringComparison.Ordinal);
        }

        Assert.Contains("identity: ", answer.AllText, StringComparison.Ordinal);
        // The lab's expired CAPF trust on cucm-pub needs attention: it is listed below the node rows.
        Assert.Contains(":red_circle: cucm-pub · CAPF-trust: ", answer.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(answer.Blocks));
    }

    [Fact]
    public async Task AllCertificatesButtonOfANode_PostsThatNodesEveryCertificateInTheThread()
    {
        const string ts = "1700000500.000200";
        await Bot.PostAsync("/slack/events", SlackPayloads.Mention("EvINVENTORY2", "UREADER001", Channel, ts, "<@UBOT0001> certs lab-west"), SlackPayloads.Json);
        var answer = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == ts && c.AllText.Contains("Certificates of lab-west", StringComparison.Ordinal), "the inventory", TimeSpan.FromSeconds(60));
        var button = answer.Blocks.EnumerateArray().Where(b => b.TryGetProperty("accessory", out _)).Select(b => b.GetProperty("accessory"))
            .Single(a => a.GetProperty("value").GetString()!.Contains("\"cucm-sub1\"", StringComparison.Ordinal));

        using var click = await Bot.PostAsync("/slack/interactivity", SlackPayloads.Click("UREADER001", Channel, answer.Ts!, ts, button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var node = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == ts && c.AllText.Contains("Certificates of cucm-sub1", StringComparison.Ordinal), "the node's certificates", TimeSpan.FromSeconds(60));
        Assert.Contains("CUCM subscriber of lab-west · all ", node.AllText, StringComparison.Ordinal);
        Assert.Contains("Identity certificates (", node.AllText, StringComparison.Ordinal);
        Assert.Contains("Trust certificates (", node.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(node.Blocks));
    }
}
