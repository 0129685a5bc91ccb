using System.Globalization;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Every command typed at a node lands in its command log; answers to password prompts never do.</summary>
[Collection(SharedLab.Name)]
public sealed class CommandLogTests(LabTestsLab lab)
{
    [Fact]
    public async Task EachCommand_IsLoggedWithAnUtcTimestamp()
    {
        var node = lab.Node("lab-east", "cucm-pub");
        const string marker = "show cert own tomcat/tomcat.pem";
        var before = File.Exists(node.CommandLog) ? File.ReadAllLines(node.CommandLog).Length : 0;

        await using (var client = await lab.LoginAsync("lab-east", "cucm-pub"))
        {
            await client.RunAsync("show version active");
            await client.RunAsync(marker);
        }

        var added = File.ReadAllLines(node.CommandLog).Skip(before).Select(l => l.Split('\t', 2)).ToList();
        Assert.Equal(["set cli pagination off", "show version active", marker], added.Select(p => p[1]).Where(c => c != "exit"));
        Assert.All(added, p => Assert.Equal(
            DateTimeKind.Utc, DateTime.Parse(p[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind));
        Assert.All(added, p => Assert.EndsWith("Z", p[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkSftpPassword_TypedAtThePrompt_IsNeverLogged()
    {
        var node = lab.Node("lab-west", "cucm-pub");
        await using (var client = await lab.LoginAsync("lab-west", "cucm-pub"))
        {
            await BulkSftp.ConfigureAsync(client, lab.Inventory.Sftp);
        }

        var log = File.ReadAllText(node.CommandLog);
        Assert.Contains("set cert bulk sftp", log, StringComparison.Ordinal);
        Assert.DoesNotContain(lab.Inventory.Sftp.Password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(node.Password, log, StringComparison.Ordinal);
    }
}
