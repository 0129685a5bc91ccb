using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P1 on lab-east through the certbot program: seed 000's order, checked in the nodes' command logs; after the
/// restarts, every node's new certificate is read back in its peers' trust stores.
/// </summary>
[Collection(CliLabGroup.Name)]
public sealed class RegenerateCupTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RegenerateCup_RegeneratesPublisherFirst_ThenRestartsSipProxyPresenceEngineAndSipFederationInThatOrder()
    {
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("regenerate", "cup", "--cluster", "lab-east");

        var done = await certbot.DriveAsync(run);

        Assert.Equal("Succeeded", done.State);
        string[] nodes = ["imp-pub", "imp-sub1", "imp-sub2"];
        ChangeOrder.AssertExactly(logs.Since(), [
            .. nodes.Select(n => $"{n}: set cert regen cup"),
            .. nodes.Select(n => $"{n}: utils service restart Cisco SIP Proxy"),
            .. nodes.Select(n => $"{n}: utils service restart Cisco Presence Engine"),
            .. nodes.Select(n => $"{n}: utils service restart Cisco XCP SIP Federation Connection Manager"),
        ]);
        // Certificate Change Notification: each node's new cup certificate is read back in the other nodes' cup-trust.
        var journal = done.Journal.Select(j => j.GetProperty("message").GetString()!).ToList();
        foreach (var node in nodes)
        {
            var peers = string.Join(", ", nodes.Where(n => n != node));
            Assert.Contains(journal, m => m.Contains($"{peers} hold {node}'s new cup certificate (serial ", StringComparison.Ordinal) && m.EndsWith(") in cup-trust", StringComparison.Ordinal));
        }
    }

    public void Dispose() => certbot.Dispose();
}
