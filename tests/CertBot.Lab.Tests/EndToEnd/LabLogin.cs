using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Logs in like an automation client does: read the banner, then turn pagination off.</summary>
internal static class LabLogin
{
    public static async Task<OpenSshClient> LoginAsync(this LabFixture lab, string cluster, string node)
    {
        var client = await lab.ConnectAsync(cluster, node);
        var answer = await client.RunAsync("set cli pagination off");
        Assert.Contains("Automatic pagination is turned off", answer, StringComparison.Ordinal);
        return client;
    }
}
